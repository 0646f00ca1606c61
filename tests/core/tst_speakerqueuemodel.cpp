// SPDX-License-Identifier: MIT
#include "core/io/proposalimporter.h"
#include "core/models/speakerqueuemodel.h"
#include "core/session/session.h"
#include "tests/support/fakeclock.h"
#include "tests/support/helpers.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestSpeakerQueueModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void rows_followTheQueueAndItsPolicy();
    void dragAndDrop_reordersThroughTheSession();
    void roles_describeEachRequest();

private:
    int add(const QString &name, core::Channel channel = core::Channel::Onsite);

    QTemporaryDir m_dir;
    int m_files = 0;
    tests::FakeClock m_clock;
    std::unique_ptr<core::Session> m_session;
};

void TestSpeakerQueueModel::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    auto session = core::Session::create(
        m_dir.filePath(u"q%1.moderato"_s.arg(++m_files)), core::ProposalImporter::demoWorkshop().value(), m_clock);
    MODERATO_VERIFY_OK(session);
    m_session = std::move(session).value();
    MODERATO_VERIFY_OK(m_session->start());
}

int TestSpeakerQueueModel::add(const QString &name, core::Channel channel)
{
    auto id = m_session->findOrAddParticipant(name, channel);
    return id ? id.value() : -1;
}

void TestSpeakerQueueModel::rows_followTheQueueAndItsPolicy()
{
    core::SpeakerQueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSession(m_session.get());
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    const int a = add(u"A"_s);
    const int b = add(u"B"_s, core::Channel::Online);
    MODERATO_VERIFY_OK(m_session->giveFloor(a)); // A has spoken
    MODERATO_VERIFY_OK(m_session->endTurn());
    MODERATO_VERIFY_OK(m_session->requestToSpeak(a));
    MODERATO_VERIFY_OK(m_session->requestToSpeak(b));
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(model.index(0).data(core::SpeakerQueueModel::NameRole).toString(), u"A"_s);
    MODERATO_VERIFY_OK(m_session->setQueuePolicy(core::QueuePolicy::FirstTimeFirst));
    QVERIFY(moved.count() > 0);
    QCOMPARE(model.index(0).data(core::SpeakerQueueModel::NameRole).toString(), u"B"_s);
    MODERATO_VERIFY_OK(m_session->giveFloorFromQueue());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data(core::SpeakerQueueModel::NameRole).toString(), u"A"_s);
}

void TestSpeakerQueueModel::dragAndDrop_reordersThroughTheSession()
{
    core::SpeakerQueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSession(m_session.get());
    for (const auto &name : {u"A"_s, u"B"_s, u"C"_s}) {
        MODERATO_VERIFY_OK(m_session->requestToSpeak(add(name)));
    }
    QVERIFY(model.flags(model.index(0)) & Qt::ItemIsDragEnabled);
    std::unique_ptr<QMimeData> mime(model.mimeData({model.index(0)}));
    QVERIFY(mime);
    QVERIFY(model.mimeTypes().contains(mime->formats().constFirst()));
    // Drop A below C (row 3 is "after the last row").
    model.dropMimeData(mime.get(), Qt::MoveAction, 3, 0, {});
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row) {
        names.append(model.index(row).data(core::SpeakerQueueModel::NameRole).toString());
    }
    QCOMPARE(names, (QStringList{u"B"_s, u"C"_s, u"A"_s}));
    QCOMPARE(m_session->events().constLast().type, core::EventType::QueueReordered);
    QVERIFY(model.moveRequest(2, 0));
    QCOMPARE(model.index(0).data(core::SpeakerQueueModel::NameRole).toString(), u"A"_s);
    QVERIFY(!model.moveRequest(0, 0));
    QVERIFY(!model.moveRequest(7, 0));
    // Foreign data is refused.
    QMimeData other;
    other.setText(u"A"_s);
    QVERIFY(!model.dropMimeData(&other, Qt::MoveAction, 0, 0, {}));
}

void TestSpeakerQueueModel::roles_describeEachRequest()
{
    core::SpeakerQueueModel model;
    model.setSession(m_session.get());
    const int amina = add(u"Amina Diallo"_s, core::Channel::Online);
    MODERATO_VERIFY_OK(m_session->giveFloor(amina));
    m_clock.advance(75s);
    MODERATO_VERIFY_OK(m_session->endTurn());
    MODERATO_VERIFY_OK(m_session->requestToSpeak(amina));
    MODERATO_VERIFY_OK(m_session->requestToSpeak(add(u"Li Wei"_s)));
    const QModelIndex first = model.index(0);
    QCOMPARE(first.data(core::SpeakerQueueModel::TurnsRole).toInt(), 1);
    QCOMPARE(first.data(core::SpeakerQueueModel::SpeakingMsRole).toLongLong(), 75'000);
    QVERIFY(!first.data(core::SpeakerQueueModel::FirstTimeRole).toBool());
    QVERIFY(first.data(core::SpeakerQueueModel::IsRemoteRole).toBool());
    QCOMPARE(first.data(core::SpeakerQueueModel::ChannelRole).toString(), u"online"_s);
    QCOMPARE(first.data().toString(), u"Amina Diallo (online, 1 turn(s), 1:15)"_s);
    QVERIFY(model.index(1).data(core::SpeakerQueueModel::FirstTimeRole).toBool());
    QVERIFY(model.index(1).data().toString().contains(u"first time"_s));
}

QTEST_GUILESS_MAIN(TestSpeakerQueueModel)
#include "tst_speakerqueuemodel.moc"
