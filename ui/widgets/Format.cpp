#include "ui/widgets/Format.h"

#include "core/runs/RunRecord.h"
#include "ui/settings/GeneralSettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QTranslator>

#include <cmath>
#include <cstring>

namespace kestrel::ui {

namespace {
const QString kNone = QStringLiteral("—");

QString tr(const char* text)
{
    return QCoreApplication::translate("kestrel::ui::Format", text);
}

QString number(double v, int decimals)
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale.toString(v, 'f', decimals);
}

// The translated pattern for a unit suffix of units::scale.
QString withSuffix(const QString& n, const char* suffix)
{
    static const std::pair<const char*, const char*> patterns[] = {
        {"%", QT_TRANSLATE_NOOP("Format", "%1 %")},
        {"ms", QT_TRANSLATE_NOOP("Format", "%1 ms")},
        {"s", QT_TRANSLATE_NOOP("Format", "%1 s")},
        {"min", QT_TRANSLATE_NOOP("Format", "%1 min")},
        {"h", QT_TRANSLATE_NOOP("Format", "%1 h")},
        {"MB", QT_TRANSLATE_NOOP("Format", "%1 MB")},
        {"GB", QT_TRANSLATE_NOOP("Format", "%1 GB")},
        {"runs/h", QT_TRANSLATE_NOOP("Format", "%1 runs/h")},
        {"$", QT_TRANSLATE_NOOP("Format", "$%1")},
    };
    for (const auto& [unit, pattern] : patterns)
        if (qstrcmp(unit, suffix) == 0)
            return QCoreApplication::translate("Format", pattern).arg(n);
    return n;
}

std::optional<bool> g_utc;

// Reads a numerus source text without a translation: "(s)" after a word is
// the plural "s", "y(ies)" is "y" or "ies". A loaded translation (German)
// answers first, since Qt asks the most recently installed translator first.
class PluralFallback : public QTranslator
{
public:
    using QTranslator::QTranslator;
    bool isEmpty() const override { return false; }
    QString translate(const char*, const char* sourceText, const char*, int n) const override
    {
        if (n < 0 || !sourceText ||
            (!std::strstr(sourceText, "%n") && !std::strstr(sourceText, "%Ln")))
            return {};
        QString s = QString::fromUtf8(sourceText);
        if (!s.contains(QLatin1Char('(')))
            return {};
        static const QRegularExpression ies(QStringLiteral("y\\(ies\\)"));
        static const QRegularExpression plainS(QStringLiteral("\\(s\\)"));
        s.replace(ies, n == 1 ? QStringLiteral("y") : QStringLiteral("ies"));
        s.replace(plainS, n == 1 ? QString() : QStringLiteral("s"));
        return s;
    }
};
} // namespace

QString Format::value(std::optional<double> v, units::Unit unit)
{
    if (!v || !std::isfinite(*v))
        return kNone;
    const units::Scaled s = units::scale(*v, unit);
    if (s.tiny)
        return tr("< %1").arg(withSuffix(number(0.0001, 4), s.suffix));
    return withSuffix(number(s.value, s.decimals), s.suffix);
}

QString Format::metric(std::optional<double> v, std::string_view metric)
{
    return value(v, units::unitOfMetric(metric));
}

QString Format::money(std::optional<double> usd)
{
    return value(usd, units::Unit::Usd);
}

QString Format::name(std::string_view code)
{
    for (const char* (*lookup)(std::string_view) :
         {units::anomalyTypeName, units::severityName, units::anomalyStateName, units::metricName,
          units::runStatusName, units::analysisTypeName, units::algorithmName})
        if (const char* n = lookup(code))
            return QCoreApplication::translate("Names", n);
    return QString::fromStdString(units::displayName(code));
}

QString Format::name(const QString& code)
{
    const QByteArray utf8 = code.toUtf8();
    return name(std::string_view(utf8.constData(), std::size_t(utf8.size())));
}

bool Format::showsUtc()
{
    if (!g_utc)
        g_utc = settings::timeZone.value() != QLatin1String("local");
    return *g_utc;
}

void Format::reloadSettings()
{
    g_utc.reset();
}

QString Format::zoneName()
{
    return showsUtc() ? tr("UTC") : tr("local time");
}

void Format::installPluralFallback()
{
    static PluralFallback* fallback = nullptr;
    if (fallback || !QCoreApplication::instance())
        return;
    fallback = new PluralFallback(QCoreApplication::instance());
    // Installed before any real translation, so that one is asked first.
    QCoreApplication::installTranslator(fallback);
}

QString Format::percent(std::optional<double> fraction, int decimals)
{
    if (!fraction)
        return kNone;
    return tr("%1 %").arg(number(*fraction * 100.0, decimals));
}

QString Format::percentInterval(std::optional<double> fraction,
                                std::optional<runs::Interval> interval)
{
    if (!fraction)
        return kNone;
    if (!interval)
        return percent(fraction);
    return tr("%1 % (%2–%3)")
        .arg(number(*fraction * 100.0, 1), number(interval->low * 100.0, 1),
             number(interval->high * 100.0, 1));
}

QString Format::meanInterval(std::optional<double> mean, std::optional<runs::Interval> interval)
{
    // Accuracies are fractions in [0, 1]; they read as percentages like rates.
    return percentInterval(mean, interval);
}

QString Format::duration(std::optional<double> seconds)
{
    return value(seconds, units::Unit::Seconds);
}

QString Format::count(qint64 n)
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale.toString(n);
}

QString Format::day(EpochMs t)
{
    return QDateTime::fromMSecsSinceEpoch(t, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd"));
}

QString Format::dateTime(EpochMs t, bool withSeconds)
{
    QDateTime d = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC);
    if (!showsUtc())
        d = d.toLocalTime();
    return d.toString(withSeconds ? QStringLiteral("yyyy-MM-dd HH:mm:ss")
                                  : QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString Format::status(std::string_view status)
{
    return name(status);
}

QColor Format::statusColor(std::string_view status)
{
    using namespace runs;
    if (status == status::kCompleted)
        return QColor(0x2e, 0x7d, 0x32);
    if (status == status::kFailed)
        return QColor(0xc6, 0x28, 0x28);
    if (status == status::kRunning)
        return QColor(0x15, 0x65, 0xc0);
    if (status == status::kCancelled)
        return QColor(0x75, 0x75, 0x75);
    return {};
}

} // namespace kestrel::ui
