// SPDX-License-Identifier: MIT
#include "ui/countdownwidget.h"

#include <QImage>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

/// How many pixels of the widget's rendering are (nearly) the given colour.
int countColour(const QImage &image, const QColor &colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (std::abs(pixel.red() - colour.red()) < 8 && std::abs(pixel.green() - colour.green()) < 8
                && std::abs(pixel.blue() - colour.blue()) < 8) {
                ++count;
            }
        }
    }
    return count;
}

} // namespace

class TestCountdownWidget : public QObject
{
    Q_OBJECT

private slots:
    void phases_paintTheirColours_data();
    void phases_paintTheirColours();
    void flash_invertsThenStops();
    void text_scalesWithTheWidget();
};

void TestCountdownWidget::phases_paintTheirColours_data()
{
    QTest::addColumn<int>("phase");
    QTest::addColumn<QString>("text");
    QTest::newRow("normal") << int(core::Phase::Normal) << u"8:30"_s;
    QTest::newRow("warning: amber") << int(core::Phase::Warning) << u"0:45"_s;
    QTest::newRow("overtime: red") << int(core::Phase::Overtime) << u"-1:05"_s;
}

void TestCountdownWidget::phases_paintTheirColours()
{
    QFETCH(int, phase);
    QFETCH(QString, text);
    ui::CountdownWidget widget;
    widget.resize(600, 250);
    widget.setTime(text, core::Phase(phase), false);
    const QImage image = widget.grab().toImage();
    const QColor colour = ui::CountdownWidget::phaseColor(core::Phase(phase));
    QVERIFY2(countColour(image, colour) > 2000, qPrintable(u"%1 pixels"_s.arg(countColour(image, colour))));
    // The other phases' colours are absent.
    for (int other = 0; other < 3; ++other) {
        if (other != phase) {
            QCOMPARE(countColour(image, ui::CountdownWidget::phaseColor(core::Phase(other))), 0);
        }
    }
    QCOMPARE(widget.text(), text);
}

void TestCountdownWidget::flash_invertsThenStops()
{
    ui::CountdownWidget widget;
    widget.resize(400, 200);
    widget.setTime(u"0:00"_s, core::Phase::Overtime, false);
    const QColor red = ui::CountdownWidget::phaseColor(core::Phase::Overtime);
    const int before = countColour(widget.grab().toImage(), red);
    widget.flash();
    QVERIFY(widget.isFlashing());
    // While the pulse is on, the background is red: most of the widget.
    const int during = countColour(widget.grab().toImage(), red);
    QVERIFY2(during > before * 3, qPrintable(u"%1 vs %2"_s.arg(during).arg(before)));
    QTRY_VERIFY_WITH_TIMEOUT(!widget.isFlashing(), 5000);
    QCOMPARE(countColour(widget.grab().toImage(), red), before);
}

void TestCountdownWidget::text_scalesWithTheWidget()
{
    ui::CountdownWidget widget;
    widget.setTime(u"10:00"_s, core::Phase::Normal, false);
    const QColor colour = ui::CountdownWidget::phaseColor(core::Phase::Normal);
    widget.resize(300, 150);
    const int small = countColour(widget.grab().toImage(), colour);
    widget.resize(1200, 600);
    const int large = countColour(widget.grab().toImage(), colour);
    QVERIFY2(large > small * 8, qPrintable(u"%1 vs %2"_s.arg(large).arg(small)));
}

QTEST_MAIN(TestCountdownWidget)
#include "tst_countdownwidget.moc"
