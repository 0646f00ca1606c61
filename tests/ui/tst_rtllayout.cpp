// SPDX-License-Identifier: MIT
#include "core/io/proposalimporter.h"
#include "core/session/session.h"
#include "tests/support/fakeclock.h"
#include "tests/support/helpers.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

class TestRtlLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void arabic_mirrorsTheConsole();
    void german_keepsLeftToRight();

private:
    void check(const QString &language, bool agendaOnRight);
    QTemporaryDir m_dir;
    int m_count = 0;
};

void TestRtlLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"config"_s).toUtf8());
}

void TestRtlLayout::check(const QString &language, bool agendaOnRight)
{
    ui::LanguageManager languages;
    QVERIFY(languages.apply(language));
    tests::FakeClock clock;
    ui::MainWindow window(clock, &languages);
    MODERATO_VERIFY_OK(window.createSession(m_dir.filePath(u"rtl%1.moderato"_s.arg(++m_count)),
                                            core::ProposalImporter::demoWorkshop().value()));
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *agenda = window.findChild<QTreeView *>(u"agendaView"_s);
    QVERIFY(agenda);
    const int agendaCentre = agenda->mapTo(&window, agenda->rect().center()).x();
    QCOMPARE(agendaCentre > window.width() / 2, agendaOnRight);
    auto *previous = window.findChild<QPushButton *>(u"previousButton"_s);
    auto *next = window.findChild<QPushButton *>(u"nextButton"_s);
    QCOMPARE(previous->mapTo(&window, QPoint()).x() > next->mapTo(&window, QPoint()).x(), agendaOnRight);
    QCOMPARE(window.isRightToLeft(), agendaOnRight);
    languages.apply(u"en"_s);
}

void TestRtlLayout::arabic_mirrorsTheConsole()
{
    check(u"ar"_s, true);
}

void TestRtlLayout::german_keepsLeftToRight()
{
    check(u"de"_s, false);
}

QTEST_MAIN(TestRtlLayout)
#include "tst_rtllayout.moc"
