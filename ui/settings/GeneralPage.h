#pragma once

#include "ui/settings/SettingsPage.h"

class QComboBox;
class QSpinBox;

namespace kestrel::ui {

// Per-machine preferences: worker threads, colour theme, language, time zone,
// the default timeframe of the panels.
class GeneralPage : public SettingsPage
{
    Q_OBJECT

public:
    explicit GeneralPage(QWidget* parent = nullptr);

    QString title() const override;
    bool isModified() const override;
    bool apply() override;
    void restoreDefaults() override;

private:
    struct Values
    {
        int threads = 0;
        QString theme;
        QString language;
        QString timeZone;
        QString timeframe;
        bool operator==(const Values&) const = default;
    };
    Values current() const;
    void show(const Values& v);

    QSpinBox* m_threads;
    QComboBox* m_theme;
    QComboBox* m_language;
    QComboBox* m_timeZone;
    QComboBox* m_timeframe;
    Values m_applied;
};

} // namespace kestrel::ui
