#include "core/detection/LeakFolding.h"

#include "core/anomaly/Typing.h"

#include <algorithm>

namespace kestrel::detection {

namespace {

bool sameSeries(const StoredAnomaly& a, const StoredAnomaly& b)
{
    return a.model == b.model && a.metric == b.metric;
}

bool overlaps(const StoredAnomaly& a, const StoredAnomaly& b)
{
    return sameSeries(a, b) && a.start < b.end && a.end > b.start;
}

Json linkOf(const StoredAnomaly& a)
{
    Json j = Json::object();
    if (a.detectorId)
        j["detector_id"] = *a.detectorId;
    j["detector"] = a.detectorName;
    j["type"] = a.type;
    j["severity"] = a.severity;
    j["score"] = a.score;
    j["time"] = toIso(a.time);
    j["start"] = static_cast<std::int64_t>(a.start);
    j["end"] = static_cast<std::int64_t>(a.end);
    j["window"] = toIso(a.start) + "/" + toIso(a.end);
    return j;
}

void addLinks(StoredAnomaly& leak, const std::vector<Json>& links)
{
    if (links.empty())
        return;
    if (!leak.context.is_object())
        leak.context = Json::object();
    Json& list = leak.context["linked"];
    if (!list.is_array())
        list = Json::array();
    for (const Json& l : links)
        list.push_back(l);
    leak.context["linked_anomalies"] = static_cast<std::int64_t>(list.size());
}

std::int64_t linkDetector(const Json& link)
{
    return link.value("detector_id", std::int64_t(0));
}

} // namespace

bool isMemoryLeak(const StoredAnomaly& a)
{
    return a.type == anomaly::toString(anomaly::AnomalyType::MemoryLeak);
}

std::int64_t foldIntoLeaks(std::vector<StoredAnomaly>& found)
{
    // Strongest leaks first: a weaker leak overlapping one is folded too.
    std::vector<std::size_t> leaks;
    for (std::size_t i = 0; i < found.size(); ++i)
        if (isMemoryLeak(found[i]))
            leaks.push_back(i);
    std::stable_sort(leaks.begin(), leaks.end(),
                     [&](std::size_t a, std::size_t b) { return found[a].score > found[b].score; });
    std::vector<bool> folded(found.size(), false);
    for (std::size_t l : leaks) {
        if (folded[l])
            continue;
        std::vector<Json> links;
        for (std::size_t i = 0; i < found.size(); ++i)
            if (i != l && !folded[i] && overlaps(found[i], found[l])) {
                links.push_back(linkOf(found[i]));
                folded[i] = true;
            }
        addLinks(found[l], links);
    }
    std::vector<StoredAnomaly> kept;
    for (std::size_t i = 0; i < found.size(); ++i)
        if (!folded[i])
            kept.push_back(std::move(found[i]));
    const auto n = static_cast<std::int64_t>(found.size() - kept.size());
    found = std::move(kept);
    return n;
}

LeakFolder::LeakFolder(AnomalyStore& store, std::int64_t detectorId)
    : m_store(store), m_detectorId(detectorId)
{
    AnomalyFilter f;
    f.types = {anomaly::toString(anomaly::AnomalyType::MemoryLeak)};
    f.states = {state::kOpen, state::kAcknowledged, state::kResolved};
    for (StoredAnomaly& a : m_store.query(f)) {
        if (a.detectorId != m_detectorId)
            m_others.push_back(std::move(a));
        else if (a.state == state::kOpen && a.version == 0)
            m_carried.push_back(std::move(a));
    }
}

bool LeakFolder::foldIntoStored(const StoredAnomaly& a)
{
    for (const StoredAnomaly& leak : m_others)
        if (overlaps(a, leak)) {
            m_links[leak.id].push_back(linkOf(a));
            return true;
        }
    return false;
}

void LeakFolder::absorb(StoredAnomaly& leak)
{
    if (!isMemoryLeak(leak))
        return;
    std::vector<Json> links;
    AnomalyFilter f;
    f.models = {leak.model};
    f.metric = leak.metric;
    f.states = {state::kOpen};
    f.from = leak.start;
    f.to = leak.end;
    for (const StoredAnomaly& s : m_store.query(f))
        if (s.detectorId != m_detectorId && s.version == 0 && !isMemoryLeak(s) &&
            m_store.removeIfUnreviewed(s.id))
            links.push_back(linkOf(s));
    // What the detector's previous leak here had taken in from other detectors.
    for (const StoredAnomaly& old : m_carried) {
        if (!overlaps(old, leak) || !old.context.contains("linked"))
            continue;
        for (const Json& l : old.context["linked"])
            if (linkDetector(l) != m_detectorId && l.value("start", std::int64_t(0)) < leak.end &&
                l.value("end", std::int64_t(0)) > leak.start)
                links.push_back(l);
    }
    addLinks(leak, links);
}

void LeakFolder::finish()
{
    for (StoredAnomaly& leak : m_others) {
        const auto fresh = m_links.find(leak.id);
        Json kept = Json::array();
        bool changed = false;
        if (leak.context.contains("linked") && leak.context["linked"].is_array())
            for (const Json& l : leak.context["linked"]) {
                if (linkDetector(l) == m_detectorId)
                    changed = true; // replaced by this run's
                else
                    kept.push_back(l);
            }
        if (fresh == m_links.end() && !changed)
            continue;
        leak.context["linked"] = kept;
        if (fresh != m_links.end())
            addLinks(leak, fresh->second);
        leak.context["linked_anomalies"] = static_cast<std::int64_t>(leak.context["linked"].size());
        if (leak.context["linked"].empty()) {
            leak.context.erase("linked");
            leak.context.erase("linked_anomalies");
        }
        m_store.setContext(leak.id, leak.context);
    }
}

} // namespace kestrel::detection
