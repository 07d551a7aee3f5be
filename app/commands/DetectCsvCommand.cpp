// `kestrel detect --csv FILE ... --out scored.csv`: scores every row of a CSV
// of metric columns and writes it back with a score and a label column.
#include "app/Cli.h"
#include "core/anomaly/CsvTable.h"
#include "core/anomaly/TableDetector.h"
#include "core/common/Error.h"

#include <QCoreApplication>

#include <cmath>
#include <cstdio>

namespace kestrel::app {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kestrel::app", text);
}

Error usageError(const QString& message)
{
    return Error(message.toStdString());
}

void printUsage(QTextStream& out)
{
    out << tr("Usage: kestrel detect --csv FILE [--columns a,b,c] "
              "[--algorithm iforest|ocsvm|mad|seasonal|ensemble] [--contamination F] [--seed S] "
              "[--threads N] --out SCORED.csv")
        << "\n\n"
        << tr("Reads a CSV with a header row and writes every row again with two more columns: "
              "score (0..1, 0.5 = the detector's threshold) and label (1 anomaly, 0 normal). "
              "Without --columns every numeric column except the time column is used.")
        << "\n";
}

int detectCsv(CommandContext& ctx)
{
    QStringList& args = ctx.args;
    if (takeFlag(args, "help") || args.removeAll("-h") > 0) {
        printUsage(ctx.out);
        return 0;
    }
    // The command's words are "detect --csv", so the file comes first.
    if (args.isEmpty() || args.first().startsWith("--"))
        throw usageError(tr("--csv needs a file: kestrel detect --csv FILE --out SCORED.csv"));
    const QString input = args.takeFirst();
    const std::optional<QString> out = takeOption(args, "out");
    const std::optional<QString> columnsArg = takeOption(args, "columns");
    const std::optional<QString> algorithmArg = takeOption(args, "algorithm");
    const std::optional<QString> contaminationArg = takeOption(args, "contamination");
    const std::optional<QString> seedArg = takeOption(args, "seed");
    const std::optional<QString> threadsArg = takeOption(args, "threads");
    requireNoMoreArgs(args);
    if (!out)
        throw usageError(tr("--out is required: where to write the scored CSV"));

    anomaly::TableDetectOptions options;
    if (algorithmArg) {
        const auto a = anomaly::algorithmFromString(algorithmArg->toStdString());
        if (!a)
            throw usageError(
                tr("unknown algorithm '%1': use iforest, ocsvm, mad, seasonal or ensemble")
                    .arg(*algorithmArg));
        options.algorithm = *a;
    }
    if (contaminationArg && *contaminationArg != "auto") {
        bool ok = false;
        const double c = contaminationArg->toDouble(&ok);
        if (!ok || !(c > 0.0 && c <= 0.5))
            throw usageError(
                tr("--contamination must be 'auto' or a fraction in (0, 0.5], not '%1'")
                    .arg(*contaminationArg));
        options.contamination = c;
    }
    if (seedArg) {
        bool ok = false;
        options.seed = seedArg->toULongLong(&ok);
        if (!ok)
            throw usageError(tr("--seed must be a non-negative integer, not '%1'").arg(*seedArg));
    }
    if (threadsArg) {
        bool ok = false;
        options.threads = threadsArg->toInt(&ok);
        if (!ok || options.threads < 1)
            throw usageError(tr("--threads must be a positive integer, not '%1'").arg(*threadsArg));
    }

    const anomaly::CsvTable table = anomaly::CsvTable::read(input.toStdString());
    std::vector<std::size_t> columns;
    if (columnsArg) {
        for (const QString& name : columnsArg->split(',', Qt::SkipEmptyParts)) {
            const auto c = table.column(name.trimmed().toStdString());
            if (!c)
                throw usageError(tr("%1 has no column '%2'").arg(input, name.trimmed()));
            columns.push_back(*c);
        }
    } else {
        columns = table.numericColumns();
    }
    if (columns.empty())
        throw usageError(tr("%1 has no numeric column to score").arg(input));
    for (const char* reserved : {"score", "label"})
        if (table.column(reserved))
            throw usageError(
                tr("%1 already has a column '%2'; rename it first").arg(input, reserved));

    const Eigen::MatrixXd x = table.matrix(columns);
    std::vector<std::string> names;
    for (std::size_t c : columns)
        names.push_back(table.header()[c]);
    std::vector<EpochMs> times;
    const std::optional<std::size_t> timeColumn = table.timeColumn();
    if (timeColumn && (options.algorithm == anomaly::Algorithm::Seasonal ||
                       options.algorithm == anomaly::Algorithm::Ensemble))
        times = table.times(*timeColumn);

    const anomaly::Detection d =
        anomaly::detectTable(x, names, times.empty() ? nullptr : &times, options);

    std::vector<std::string> scores(d.scores.size());
    std::vector<std::string> labels(d.labels.size());
    int anomalies = 0;
    for (std::size_t i = 0; i < d.scores.size(); ++i) {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%.6f", d.scores[i]);
        scores[i] = buffer;
        labels[i] = d.labels[i] ? "1" : "0";
        anomalies += d.labels[i];
    }
    table.writeWith(out->toStdString(), {"score", "label"}, {scores, labels});
    for (const std::string& note : d.notes)
        ctx.err << tr("note: %1").arg(QString::fromStdString(note)) << "\n";
    ctx.out << tr("%1 rows scored with %2 on %3 columns: %4 anomalies; wrote %5")
                   .arg(table.rowCount())
                   .arg(QString::fromStdString(anomaly::toString(options.algorithm)))
                   .arg(columns.size())
                   .arg(anomalies)
                   .arg(*out)
            << "\n";
    return 0;
}

} // namespace

// Registered as the two words "detect --csv" so it never collides with the
// workspace form `kestrel detect [--detector NAME | --all]`: the dispatcher
// picks the longest matching words.
KESTREL_COMMAND(detectCsv, (QStringList{"detect", "--csv"}),
                QT_TRANSLATE_NOOP("Cli", "score the rows of a CSV file (anomaly detection)"),
                detectCsv);

} // namespace kestrel::app
