#include "ui/Application.h"

#include "ui/settings/SessionSecrets.h"

#include "core/jobs/JobRunner.h"
#include "ui/MainWindow.h"
#include "ui/i18n/Translation.h"
#include "ui/widgets/Format.h"
#include "ui/settings/GeneralSettings.h"
#include "ui/settings/Theme.h"
#include "ui/panels/runhistory/RunHistoryPanel.h"
#include "ui/panels/runhistory/RunTableView.h"
#include "ui/panels/overview/OverviewPanel.h"

#include <QDir>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>

#include <functional>
#include <vector>

namespace kestrel::ui {

namespace {

// Waits for the window to be idle (no job queued or running, no panel query
// in flight) for a few polls in a row, then runs the next step.
class ScreenshotTaker : public QObject
{
public:
    ScreenshotTaker(MainWindow* window, QString dir)
        : QObject(window), m_window(window), m_dir(std::move(dir))
    {
        QDir().mkpath(m_dir);
        // The panels, in the order of the README.
        m_steps.push_back([this] { shoot(0, -1, QStringLiteral("overview.png")); });
        m_steps.push_back([this] {
            RunHistoryPanel* panel = m_window->runHistory();
            panel->table()->selectRow(0);
            shoot(1, RunHistoryPanel::RunsTab, QStringLiteral("run-history.png"));
        });
        m_steps.push_back([this] {
            shoot(1, RunHistoryPanel::ChartsTab, QStringLiteral("run-history-charts.png"));
        });
        m_steps.push_back([this] {
            shoot(1, RunHistoryPanel::ModelsTab, QStringLiteral("run-history-models.png"));
        });
        m_steps.push_back([this] {
            shoot(1, RunHistoryPanel::ErrorsTab, QStringLiteral("run-history-errors.png"));
        });
        m_steps.push_back([this] { shoot(2, -1, QStringLiteral("anomaly-review.png")); });
        m_steps.push_back([this] { shoot(3, -1, QStringLiteral("ai-analysis.png")); });
        connect(&m_timer, &QTimer::timeout, this, &ScreenshotTaker::poll);
        m_timer.start(250);
    }

private:
    bool idle() const
    {
        return m_window->workspace() && !m_window->isBusy() &&
               m_window->jobRunner()->runningCount() == 0 && !m_window->overview()->isBusy() &&
               !m_window->runHistory()->isSummaryBusy();
    }

    void poll()
    {
        m_idlePolls = idle() ? m_idlePolls + 1 : 0;
        if (m_idlePolls < 6)
            return;
        m_idlePolls = 0;
        if (m_next < m_steps.size()) {
            m_steps[m_next++]();
            return;
        }
        m_timer.stop();
        QTextStream(stdout) << QObject::tr("Screenshots saved in %1").arg(m_dir) << "\n";
        QApplication::quit();
    }

    // Shows panel `tab` (and its sub-tab) now; the picture is taken once idle.
    void shoot(int tab, int subTab, const QString& name)
    {
        m_window->panels()->setCurrentIndex(tab);
        if (subTab >= 0)
            m_window->runHistory()->tabs()->setCurrentIndex(subTab);
        m_pending = name;
        m_steps.insert(m_steps.begin() + qsizetype(m_next), [this] { save(); });
    }

    void save()
    {
        const QString path = QDir(m_dir).filePath(m_pending);
        if (!m_window->grab().save(path))
            QTextStream(stderr) << QObject::tr("Cannot write %1").arg(path) << "\n";
    }

    MainWindow* m_window;
    QString m_dir;
    QTimer m_timer;
    std::vector<std::function<void()>> m_steps;
    size_t m_next = 0;
    int m_idlePolls = 0;
    QString m_pending;
};

} // namespace

int runGui(QApplication& app, const QString& workspacePath)
{
    // The language chosen in Settings › General, else the system's; plurals
    // of untranslated strings read right through the fallback beneath it.
    Format::installPluralFallback();
    installTranslations(settings::language.value());
    applyStoredTheme();
    // A team workspace's server that wants a password the session or the
    // keychain has (File › Open team workspace… keeps it there).
    secrets::WorkspacePasswords::install(sessionWorkspacePasswords());

    MainWindow window;
    const QString screenshotDir = qEnvironmentVariable("KESTREL_SCREENSHOT_DIR");
    if (!screenshotDir.isEmpty()) {
        // KESTREL_SCREENSHOT_SIZE=1280x720 looks at a small laptop screen.
        const QStringList size =
            qEnvironmentVariable("KESTREL_SCREENSHOT_SIZE", QStringLiteral("1440x900"))
                .split(QLatin1Char('x'));
        window.resize(size.value(0).toInt() > 0 ? size.value(0).toInt() : 1440,
                      size.value(1).toInt() > 0 ? size.value(1).toInt() : 900);
    }
    window.show();
    window.openWorkspace(workspacePath, MainWindow::CreateDemoIfMissing);
    if (!screenshotDir.isEmpty())
        new ScreenshotTaker(&window, screenshotDir);
    return app.exec();
}

} // namespace kestrel::ui
