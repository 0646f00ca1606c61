// SPDX-License-Identifier: MIT
#include "core/io/proposalimporter.h"
#include "core/models/agendamodel.h"
#include "core/session/session.h"
#include "tests/support/fakeclock.h"
#include "tests/support/helpers.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestAgendaModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void tree_matchesTheAgenda();
    void liveData_followsTheClock();
    void rolesForCurrentItem();
    void sessionDestroyed_leavesAnEmptyModel();

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<core::Session> demo(const core::Clock &clock)
    {
        auto session = core::Session::create(
            m_dir.filePath(u"m%1.moderato"_s.arg(++m_files)), core::ProposalImporter::demoWorkshop().value(), clock);
        return session ? std::move(session).value() : nullptr;
    }
};

void TestAgendaModel::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void TestAgendaModel::tree_matchesTheAgenda()
{
    tests::FakeClock clock;
    auto session = demo(clock);
    QVERIFY(session);
    core::AgendaModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setSession(session.get());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(core::AgendaModel::ColumnCount));
    const QModelIndex block = model.index(1, 0);
    QCOMPARE(block.data().toString(), u"Speakers and audience input"_s);
    QCOMPARE(model.rowCount(block), 6);
    QCOMPARE(model.index(0, 0, block).data().toString(), u"Eva Schulz-Kamm"_s);
    QCOMPARE(model.index(0, 0, block).parent(), block);
    QCOMPARE(model.index(1, core::AgendaModel::PlannedColumn).data().toString(), u"1:00:00"_s);
    QCOMPARE(model.index(0, core::AgendaModel::PlannedColumn, block).data().toString(), u"10:00"_s);
    QCOMPARE(model.index(0, core::AgendaModel::ActualColumn).data().toString(), QString()); // not started
    QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(), u"Agenda item"_s);
    QCOMPARE(model.indexForItem(5), model.index(2, 0, block));
    QCOMPARE(model.rowCount(model.index(0, 1)), 0); // only column 0 has children
}

void TestAgendaModel::liveData_followsTheClock()
{
    tests::FakeClock clock;
    auto session = demo(clock);
    QVERIFY(session);
    core::AgendaModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSession(session.get());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    MODERATO_VERIFY_OK(session->start());
    QVERIFY(changed.count() > 0);
    clock.advance(11min);
    changed.clear();
    session->tick();
    QCOMPARE(changed.count(), 1); // the running introduction (a top-level item without ancestors)
    QCOMPARE(model.index(0, core::AgendaModel::ActualColumn).data().toString(), u"11:00"_s);
    QCOMPARE(model.index(0, 0).data(core::AgendaModel::RemainingMsRole).toLongLong(), -60'000);
    QCOMPARE(model.index(0, 0).data(core::AgendaModel::PhaseRole).toInt(), int(core::Phase::Overtime));
    MODERATO_VERIFY_OK(session->next());
    clock.advance(2min);
    changed.clear();
    session->tick();
    QCOMPARE(changed.count(), 2); // Eva's row and the block's row
    const QModelIndex block = model.index(1, 0);
    QCOMPARE(model.index(1, core::AgendaModel::ActualColumn).data().toString(), u"2:00"_s);
    QCOMPARE(model.index(0, core::AgendaModel::ActualColumn, block).data().toString(), u"2:00"_s);
    MODERATO_VERIFY_OK(session->extendCurrent(60'000));
    QCOMPARE(model.index(0, core::AgendaModel::PlannedColumn, block).data().toString(), u"11:00"_s);
    QCOMPARE(model.index(1, core::AgendaModel::PlannedColumn).data().toString(), u"1:01:00"_s);
}

void TestAgendaModel::rolesForCurrentItem()
{
    tests::FakeClock clock;
    auto session = demo(clock);
    QVERIFY(session);
    core::AgendaModel model;
    model.setSession(session.get());
    MODERATO_VERIFY_OK(session->start());
    MODERATO_VERIFY_OK(session->next());
    const QModelIndex block = model.index(1, 0);
    const QModelIndex eva = model.index(0, 0, block);
    QVERIFY(eva.data(core::AgendaModel::IsCurrentRole).toBool());
    QVERIFY(!block.data(core::AgendaModel::IsCurrentRole).toBool());
    QCOMPARE(block.data(core::AgendaModel::StatusRole).toInt(), int(core::ItemStatus::Current));
    QCOMPARE(model.index(0, 0).data(core::AgendaModel::StatusRole).toInt(), int(core::ItemStatus::Done));
    QCOMPARE(model.index(2, 0).data(core::AgendaModel::StatusRole).toInt(), int(core::ItemStatus::Upcoming));
    QCOMPARE(eva.data(core::AgendaModel::KindRole).toInt(), int(core::ItemKind::Speaker));
    QCOMPARE(eva.data(core::AgendaModel::ItemIdRole).toInt(), 3);
}

void TestAgendaModel::sessionDestroyed_leavesAnEmptyModel()
{
    tests::FakeClock clock;
    auto session = demo(clock);
    QVERIFY(session);
    core::AgendaModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSession(session.get());
    QCOMPARE(model.rowCount(), 3);
    session.reset();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestAgendaModel)
#include "tst_agendamodel.moc"
