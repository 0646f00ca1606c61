// SPDX-License-Identifier: MIT
// bench_bare_window: the baseline of tests/benchmarks/startup.sh. An empty 1280x800 QMainWindow that prints the
// wall-clock time of its first paint and quits: the same protocol as `moderato --exit-after-first-paint`.
#include <QApplication>
#include <QDateTime>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

class BareWindow final : public QMainWindow
{
public:
    using QMainWindow::QMainWindow;

protected:
    bool event(QEvent *event) override
    {
        // Like moderato's FirstPaintProbe (an event filter), this runs before the window handles its first paint.
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            std::printf("first-paint-epoch-ms %lld\n", static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QMainWindow::event(event);
    }

private:
    bool m_painted = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"bench_bare_window"_s);

    BareWindow window;
    window.setWindowTitle(u"Bare window"_s);
    window.resize(1280, 800);
    window.show();
    return QApplication::exec();
}
