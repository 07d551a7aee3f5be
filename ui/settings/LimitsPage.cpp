#include "ui/settings/LimitsPage.h"

#include "core/ai/Settings.h"
#include "ui/settings/AiSettingFields.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>

#include <cmath>

namespace kestrel::ui {

namespace {

struct Field
{
    const char* key;
    int decimals;
};

constexpr Field kFields[] = {
    {"ai.budget.daily_usd", 2}, {"ai.budget.monthly_usd", 2}, {"ai.rate_limit.rpm", 0},
    {"ai.cache.ttl_s", 0},      {"ai.token_cap", 0},
};

} // namespace

LimitsPage::LimitsPage(ai::SettingsService service, jobs::JobRunner* runner, QWidget* parent)
    : SettingsPage(parent), m_service(std::move(service)), m_runner(runner)
{
    auto* form = new QFormLayout(this);
    for (const Field& f : kFields) {
        QDoubleSpinBox* box = makeAiSpinBox(f.key, f.decimals, 1, this);
        if (f.decimals == 2)
            box->setPrefix(QStringLiteral("$ "));
        box->setSpecialValueText(std::string_view(f.key) == "ai.token_cap" ? QString()
                                                                           : tr("no limit"));
        form->addRow(aiSettingLabel(f.key), box);
        m_boxes.push_back(box);
        connect(box, &QDoubleSpinBox::valueChanged, this, &SettingsPage::changed);
    }
    auto* note = new QLabel(
        tr("These limits belong to the workspace: everyone who opens it shares them."), this);
    note->setWordWrap(true);
    form->addRow(note);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("limitsError"));
    m_error->setWordWrap(true);
    m_error->hide();
    form->addRow(m_error);

    showStored(ai::AiSettings());
}

void LimitsPage::showStored(const ai::AiSettings& stored)
{
    m_applied = valuesOf(stored);
    show(m_applied);
    emit changed();
}

QString LimitsPage::title() const
{
    return tr("Budgets and limits");
}

std::vector<double> LimitsPage::valuesOf(const ai::AiSettings& s)
{
    return {s.dailyBudgetUsd, s.monthlyBudgetUsd, double(s.requestsPerMinute),
            double(s.cacheTtlSeconds), double(s.tokenCap)};
}

std::vector<double> LimitsPage::current() const
{
    std::vector<double> v;
    for (const QDoubleSpinBox* box : m_boxes)
        v.push_back(box->value());
    return v;
}

void LimitsPage::show(const std::vector<double>& values)
{
    for (std::size_t i = 0; i < m_boxes.size() && i < values.size(); ++i)
        m_boxes[i]->setValue(values[i]);
}

bool LimitsPage::isModified() const
{
    return current() != m_applied;
}

bool LimitsPage::apply()
{
    const std::vector<double> v = current();
    const std::vector<double> before = m_applied;
    applyAiSettings(
        this, m_service, m_runner, m_error,
        [v](ai::AiSettings& s) {
            s.dailyBudgetUsd = v[0];
            s.monthlyBudgetUsd = v[1];
            s.requestsPerMinute = static_cast<int>(std::lround(v[2]));
            s.cacheTtlSeconds = static_cast<int>(std::lround(v[3]));
            s.tokenCap = static_cast<int>(std::lround(v[4]));
        },
        [this, before](bool ok) {
            if (!ok) // still to apply
                m_applied = before;
            emit changed();
        });
    // Applied unless the store refuses (then saved(false) and modified again).
    m_applied = v;
    emit changed();
    return true;
}

void LimitsPage::restoreDefaults()
{
    std::vector<double> defaults;
    for (const Field& f : kFields)
        defaults.push_back(aiNumberSetting(f.key).defaultValue);
    show(defaults);
}

} // namespace kestrel::ui
