#pragma once

#include "core/detection/AnomalyStore.h"

#include <cstdint>
#include <map>
#include <vector>

namespace kestrel::detection {

// A memory leak is one incident (issue 19). Inside the window of a
// memory_leak anomaly, every other anomaly on the same model and metric (a
// joint detector's hour where memory stood out, a second detector's view of
// the same climb) is part of the leak: it is folded into the leak, listed in
// the leak's context["linked"] (detector, type, severity, score, window),
// and not stored on its own, so the review table and the AI request show one
// incident.

bool isMemoryLeak(const StoredAnomaly& a);

// Folds, within one detection run's anomalies, every anomaly that overlaps a
// memory leak of the same model + metric into the strongest such leak.
// Returns how many were folded.
std::int64_t foldIntoLeaks(std::vector<StoredAnomaly>& found);

// Folding against the leaks other detectors have stored, for the run of
// `detectorId`. Construct it before the detector's unreviewed anomalies are
// removed (it keeps the links they carried), then for each new anomaly call
// foldIntoStored and, when that says no, absorb before inserting it; finish
// writes the links of the other detectors' leaks.
class LeakFolder
{
public:
    LeakFolder(AnomalyStore& store, std::int64_t detectorId);

    // True when `a` lies in a stored leak of another detector on its model +
    // metric (not a false positive): it is linked to that leak instead.
    bool foldIntoStored(const StoredAnomaly& a);
    // For a new leak: takes in the unreviewed anomalies of other detectors
    // inside its window (removing them from the store) and the links the
    // detector's previous leak there carried.
    void absorb(StoredAnomaly& leak);
    void finish();

private:
    AnomalyStore& m_store;
    std::int64_t m_detectorId;
    std::vector<StoredAnomaly> m_others;               // other detectors' leaks
    std::map<std::int64_t, std::vector<Json>> m_links; // new links per leak id
    std::vector<StoredAnomaly> m_carried; // this detector's unreviewed leaks, before the run
};

} // namespace kestrel::detection
