#include "app/commands/FilterOptions.h"

#include "app/Cli.h"
#include "core/common/Error.h"
#include "core/common/Time.h"

#include <QCoreApplication>

namespace kestrel::app {

namespace {

std::vector<std::string> toStd(const QStringList& list)
{
    std::vector<std::string> out;
    for (const QString& s : list)
        out.push_back(s.toStdString());
    return out;
}

EpochMs timeOption(const QString& option, const QString& value)
{
    // Times outside 1970-2200 are typing errors (1e20 would overflow).
    constexpr EpochMs kFirst = 0;
    constexpr EpochMs kLast = 7'258'118'400'000; // 2200-01-01T00:00:00Z
    const auto t = parseTime(value.toStdString());
    if (t && (*t < kFirst || *t >= kLast))
        throw UsageError(QCoreApplication::translate("Cli", "%1: '%2' lies outside 1970-2200")
                             .arg(option, value)
                             .toStdString());
    if (!t)
        throw UsageError(QCoreApplication::translate("Cli",
                                                     "%1: '%2' is not a time (use e.g. 2026-11-01 "
                                                     "or 2026-11-01T09:30:00Z)")
                             .arg(option, value)
                             .toStdString());
    return *t;
}

} // namespace

QStringList takeListOption(QStringList& args, const QString& name)
{
    QStringList values;
    while (const auto v = takeOption(args, name)) {
        for (const QString& part : v->split(',', Qt::SkipEmptyParts)) {
            const QString trimmed = part.trimmed();
            if (!trimmed.isEmpty())
                values << trimmed;
        }
    }
    return values;
}

runs::RunFilter parseFilterOptions(QStringList& args)
{
    runs::RunFilter filter;
    if (const auto timeframe = takeOption(args, "timeframe"))
        runs::applyTimeframe(filter, timeframe->toStdString(), nowMs());
    if (const auto from = takeOption(args, "from"))
        filter.from = timeOption("--from", *from);
    if (const auto to = takeOption(args, "to"))
        filter.to = timeOption("--to", *to);
    if (filter.from && filter.to && *filter.to <= *filter.from)
        throw Error(
            QCoreApplication::translate("Cli", "--to must be later than --from").toStdString());
    filter.models = toStd(takeListOption(args, "model"));
    filter.statuses = toStd(takeListOption(args, "status"));
    filter.symbols = toStd(takeListOption(args, "symbol"));
    filter.dataSources = toStd(takeListOption(args, "source"));
    if (const auto search = takeOption(args, "search"))
        filter.text = search->toStdString();
    return filter;
}

} // namespace kestrel::app
