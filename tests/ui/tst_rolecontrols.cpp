// SPDX-License-Identifier: MIT
#include "core/io/proposalimporter.h"
#include "core/session/session.h"
#include "core/store/memorystore.h"
#include "tests/support/fakeclock.h"
#include "tests/support/helpers.h"
#include "ui/breakoutdialog.h"
#include "ui/commands/sessionundo.h"
#include "ui/floorpanel.h"
#include "ui/questionspanel.h"
#include "ui/rapporteurpane.h"
#include "ui/reportdialog.h"
#include "ui/roomcontrol.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>
#include <string_view>
#include <variant>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(core::TeamRole)

namespace {

/// A control of the console's panels and the command it issues. `stateEnables`: the session the tests
/// build lets the host use it now (else only its tooltip tells the role's refusal).
struct Control
{
    const char *name;
    core::Command command;
    bool stateEnables = true;
};

/// Every control that issues a command, by object name.
QList<Control> commandControls()
{
    using namespace core::commands;
    return {
        // Who holds the floor.
        {"offerSpeakerButton", GiveFloor{}},
        {"actionGiveFloorToSpeaker", GiveFloor{}},
        {"endTurnButton", EndTurn{}},
        {"actionEndTurn", EndTurn{}},
        // The queue.
        {"queueNextButton", GiveFloorToRequest{}},
        {"actionQueueNext", GiveFloorToRequest{}},
        {"giveSelectedButton", GiveFloorToRequest{}},
        {"removeRequestButton", WithdrawRequest{}},
        {"requestNameEdit", RequestToSpeak{}},
        {"requestOnlineCheck", RequestToSpeak{}},
        {"addRequestButton", RequestToSpeak{}},
        {"actionAddRequest", RequestToSpeak{}},
        {"queuePolicyCombo", SetQueuePolicy{}},
        // The empty chair (open, with a claim pending).
        {"chairButton", CloseChair{}},
        {"actionEmptyChair", CloseChair{}},
        {"acceptClaimButton", TakeChair{}},
        {"actionAcceptClaim", TakeChair{}},
        {"declineClaimButton", DeclineChairClaim{}},
        {"chairNameEdit", TakeChair{}},
        {"chairOnlineCheck", TakeChair{}},
        {"takeChairButton", TakeChair{}},
        {"claimNameEdit", ClaimChair{}},
        {"claimChairButton", ClaimChair{}},
        {"replyCombo", ReplyFromChair{}},
        {"replyButton", ReplyFromChair{}, false}, // only while someone sits in the chair
        // The speaking order.
        {"speakerUpButton", SetRotation{}},
        {"speakerDownButton", SetRotation{}},
        {"skipSpeakerButton", SetRotation{}},
        // The room display.
        {"actionSceneAuto", UnpinScene{}},
        {"actionSceneAgenda", PinScene{}},
        {"actionSceneSpeaker", PinScene{}},
        {"actionSceneChair", PinScene{}},
        {"actionSceneMedia", PinScene{}},
        {"actionSceneTakeaways", PinScene{}},
        {"actionSceneMessage", PinScene{}},
        {"actionBlank", BlankDisplay{}},
        {"actionShowMessage", ShowMessage{}},
        {"actionAddMedia", AddMedia{}},
        {"actionRoomMediaMenu", ShowMedia{}, false}, // no media yet
        {"actionNextPage", SetMediaPage{}},
        {"actionPreviousPage", SetMediaPage{}},
        {"actionPlayVideo", SetVideoPlayback{}, false}, // no video shown
        {"actionVideoBack", SetVideoPlayback{}, false},
        {"actionVideoVolumeUp", SetVideoVolume{}},
        {"actionVideoMute", SetVideoVolume{}},
        {"actionAddSubtitles", AddSubtitles{}, false}, // no video yet
        {"actionApproveTakeaway", ApproveTakeaway{}},
        {"actionWithdrawTakeaway", WithdrawTakeaway{}},
        {"actionRoomLanguageMenu", SetRoomLanguage{}},
        {"actionRoomSecondLanguageMenu", SetRoomSecondLanguage{}},
        {"actionRoomTranslations", TranslateContent{}},
        {"actionGlossary", SetGlossaryTerm{}},
        {"actionShowTerm", ShowGlossaryTerm{}},
        {"actionSceneGlossary", PinScene{}},
        // Break-out groups.
        {"actionBreakOutGroups", SetBreakOut{}},
        {"actionNextReportBack", GiveReportBack{}, false}, // no group phase has begun
        // The rapporteur's notes.
        {"noteEdit", AddNote{}},
        {"tagButton_takeaway", AddNote{}},
        {"tagButton_quote", AddNote{}},
        {"policyQuestionCombo", AddNote{}},
        {"noteGroupCombo", AddNote{}},
        {"editNoteButton", EditNote{}},
        {"deleteNoteButton", DeleteNote{}},
        // The prepared questions.
        {"editQuestionsButton", SetQuestionBank{}},
        // The report.
        {"onsiteCount", SetParticipation{}},
        {"onlineCount", SetParticipation{}},
        {"womenCount", SetParticipation{}},
        {"reportSaveButton", SetReportField{}},
        {"reportApproveButton", ApproveTakeaway{}},
        {"reportTranscriptButton", ImportTranscript{}},
    };
}

/// Controls that only read or act on this device: enabled for every role.
const char *const ReadingControls[] = {
    "queueView",
    "rotationList",
    "noteSearchEdit",
    "noteSpeakerFilter",
    "noteItemFilter",
    "noteTagFilter",
    "notesView",
    "questionsList",
    "reportExportButton",
    "reportCopyButton",
    "actionShowRoomDisplay",
};

/// The console's panels on one session, as the main window sets them.
class Console
{
public:
    explicit Console(core::Session *session)
        : undo(session)
    {
        auto *layout = new QHBoxLayout(&window);
        floor = new ui::FloorPanel(&window);
        notes = new ui::RapporteurPane(&window);
        questions = new ui::QuestionsPanel(&window);
        layout->addWidget(floor);
        layout->addWidget(notes);
        layout->addWidget(questions);
        room = new ui::RoomControl(&window);
        floor->setSession(session);
        notes->setSession(session, &undo);
        questions->setSession(session);
        room->setSession(session, &undo);
        breakOut = new ui::BreakOutActions(&window);
        breakOut->setSession(session, &undo);
        report = std::make_unique<ui::ReportDialog>(&undo);
        window.show();
    }

    ~Console()
    {
        report.reset();
        breakOut->setSession(nullptr, nullptr);
        room->setSession(nullptr);
        notes->setSession(nullptr);
        floor->setSession(nullptr);
        questions->setSession(nullptr);
    }

    Console(const Console &) = delete;
    Console &operator=(const Console &) = delete;

    [[nodiscard]] QObject *control(const char *name) const
    {
        const QString objectName = QString::fromLatin1(name);
        if (auto *found = window.findChild<QObject *>(objectName)) {
            return found;
        }
        return report->findChild<QObject *>(objectName);
    }

    template<typename T>
    [[nodiscard]] T *child(const char *name) const
    {
        return qobject_cast<T *>(control(name));
    }

    ui::SessionUndo undo;
    QWidget window;
    ui::FloorPanel *floor;
    ui::RapporteurPane *notes;
    ui::QuestionsPanel *questions;
    ui::RoomControl *room;
    ui::BreakOutActions *breakOut;
    std::unique_ptr<ui::ReportDialog> report;
};

bool isEnabled(const QObject *control)
{
    if (auto *action = qobject_cast<const QAction *>(control)) {
        return action->isEnabled();
    }
    return qobject_cast<const QWidget *>(control)->isEnabled();
}

QString toolTip(const QObject *control)
{
    if (auto *action = qobject_cast<const QAction *>(control)) {
        return action->toolTip();
    }
    return qobject_cast<const QWidget *>(control)->toolTip();
}

core::Who named(const QString &name, bool online = false)
{
    core::Who who;
    who.name = name;
    who.channel = online ? u"online"_s : u"onsite"_s;
    return who;
}

} // namespace

class TestRoleControls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void host_mayUseEveryControl();
    void replica_disablesWhatTheRoleMayNotIssue_data();
    void replica_disablesWhatTheRoleMayNotIssue();
    void observer_changesNothing_butReads();
    void onlineModerator_claimsTheChair_butDoesNotGiveTheFloor();
    void rapporteur_writesNotesAndTheReport_butDoesNotClaimTheChair();

private:
    /// A copy of the host's session acting in `role`; what it sends lands in m_sent.
    [[nodiscard]] std::unique_ptr<core::Session> replica(core::TeamRole role);

    QTemporaryDir m_dir;
    tests::FakeClock m_clock;
    std::unique_ptr<core::Session> m_host;
    QList<core::Command> m_sent;
};

void TestRoleControls::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"config"_s).toUtf8());
}

void TestRoleControls::init()
{
    m_clock = tests::FakeClock();
    m_sent.clear();
    auto host = core::Session::create(
        std::make_unique<core::MemoryStore>(), core::ProposalImporter::demoWorkshop().value(), m_clock);
    MODERATO_VERIFY_OK(host);
    m_host = std::move(host).value();
    // A moment where the host may use every control: a speaker is offered while someone from the
    // queue holds the floor, others wait, the chair is open with a claim pending, a note is written
    // and a prepared question is shown.
    MODERATO_VERIFY_OK(m_host->start());
    MODERATO_VERIFY_OK(m_host->next());
    QVERIFY(m_host->state().offeredSpeaker() != 0);
    MODERATO_VERIFY_OK(m_host->requestToSpeak(named(u"Amina Diallo"_s)));
    MODERATO_VERIFY_OK(m_host->requestToSpeak(named(u"Bo Larsen"_s, true)));
    MODERATO_VERIFY_OK(m_host->requestToSpeak(named(u"Chen Wei"_s)));
    MODERATO_VERIFY_OK(m_host->giveFloorFromQueue());
    MODERATO_VERIFY_OK(m_host->openChair());
    MODERATO_VERIFY_OK(m_host->claimChair(named(u"Kofi Mensah"_s, true)));
    MODERATO_VERIFY_OK(m_host->addNote(u"Baseline requirements reach every supplier"_s, {core::NoteTag::Takeaway}));
    core::PreparedQuestion question;
    question.text = u"Who checks the suppliers?"_s;
    MODERATO_VERIFY_OK(m_host->setQuestionBank({question}));
    QVERIFY(m_host->state().floor().currentTurn());
    QCOMPARE(m_host->state().floor().orderedQueue(m_host->now()).size(), 2);
    QCOMPARE(m_host->state().floor().chairState(), core::ChairState::Open);
    QVERIFY(m_host->state().floor().pendingClaim() != 0);
    QVERIFY(m_host->state().offeredSpeaker() != 0);
}

void TestRoleControls::cleanup()
{
    m_host.reset();
}

std::unique_ptr<core::Session> TestRoleControls::replica(core::TeamRole role)
{
    auto copy = core::Session::replica(core::MemoryStore::withEvents(m_host->events()).value(), m_clock);
    if (!copy) {
        qWarning("the replica could not be made: %s", qPrintable(tests::describe(copy.error())));
        return {};
    }
    copy.value()->setForwarder(role, [this](const core::Command &command) -> core::Result<void> {
        m_sent.append(command);
        return {};
    });
    return std::move(copy).value();
}

void TestRoleControls::host_mayUseEveryControl()
{
    Console console(m_host.get());
    for (const Control &c : commandControls()) {
        const QObject *control = console.control(c.name);
        QVERIFY2(control, c.name);
        QVERIFY2(!toolTip(control).contains(u"may not"_s), c.name);
        if (c.stateEnables) {
            QVERIFY2(isEnabled(control), c.name);
        }
    }
    for (const char *name : ReadingControls) {
        QVERIFY2(console.control(name) && isEnabled(console.control(name)), name);
    }
    // The usual tooltips stay.
    QCOMPARE(console.child<QPushButton>("editQuestionsButton")->toolTip(),
             u"Write the questions to ask if the conversation stalls"_s);
    QCOMPARE(console.child<QToolButton>("tagButton_takeaway")->toolTip(), u"Alt+1"_s);
    QVERIFY(!console.child<QPlainTextEdit>("reportField_gender")->isReadOnly());
    QVERIFY(console.questions->list()->item(0)->flags() & Qt::ItemIsUserCheckable);

    // And they act on the session itself, as before.
    const auto events = m_host->events().size();
    console.child<QPushButton>("endTurnButton")->click();
    QVERIFY(!m_host->state().floor().currentTurn());
    QCOMPARE(m_host->events().size(), events + 1);
    QVERIFY(m_sent.isEmpty());
}

void TestRoleControls::replica_disablesWhatTheRoleMayNotIssue_data()
{
    QTest::addColumn<core::TeamRole>("role");
    QTest::newRow("observer") << core::TeamRole::Observer;
    QTest::newRow("rapporteur") << core::TeamRole::Rapporteur;
    QTest::newRow("online moderator") << core::TeamRole::OnlineModerator;
    QTest::newRow("co-moderator") << core::TeamRole::CoModerator;
}

void TestRoleControls::replica_disablesWhatTheRoleMayNotIssue()
{
    QFETCH(core::TeamRole, role);
    const std::unique_ptr<core::Session> session = replica(role);
    QVERIFY(session);
    Console console(session.get());
    int refused = 0;
    for (const Control &c : commandControls()) {
        const QObject *control = console.control(c.name);
        QVERIFY2(control, c.name);
        const QString refusal = session->refusal(c.command);
        if (std::string_view(c.name) == "actionRoomLanguageMenu" && !refusal.isEmpty()) {
            // A joined device that may not change the room's language chooses its own display's instead.
            QVERIFY2(isEnabled(control), c.name);
            ++refused;
            continue;
        }
        if (refusal.isEmpty()) {
            QVERIFY2(!toolTip(control).contains(u"may not"_s), c.name);
            if (c.stateEnables) {
                QVERIFY2(isEnabled(control), c.name);
            }
        } else {
            ++refused;
            QVERIFY2(!isEnabled(control), c.name);
            QCOMPARE(toolTip(control), refusal);
        }
    }
    // A co-moderator may do all the host does but read this device's files into the session (media, subtitles,
    // transcripts: the host's own window does that); every other joined role is refused more.
    if (role == core::TeamRole::CoModerator) {
        QCOMPARE(refused, 3);
        QVERIFY(session->refusal(core::commands::AddMedia{}).contains(u"host's own window"_s));
        QVERIFY(session->refusal(core::commands::AddSubtitles{}).contains(u"host's own window"_s));
    } else {
        QVERIFY(refused > 3);
    }
    for (const char *name : ReadingControls) {
        QVERIFY2(console.control(name) && isEnabled(console.control(name)), name);
    }
    // The prepared questions show what was asked; only a role that may marks them.
    const QString askRefusal = session->refusal(core::commands::MarkQuestionAsked{});
    QListWidgetItem *question = console.questions->list()->item(0);
    QCOMPARE(bool(question->flags() & Qt::ItemIsUserCheckable), askRefusal.isEmpty());
    QCOMPARE(question->toolTip(), askRefusal);
    // Dragging a request reorders the queue.
    QCOMPARE(console.child<QListView>("queueView")->dragEnabled(), session->mayIssue(core::commands::ReorderQueue{}));
    // The report's fields: read-only for a role that may not write them, never disabled.
    const QString fieldRefusal = session->refusal(core::commands::SetReportField{});
    auto *field = console.child<QPlainTextEdit>("reportField_gender");
    QVERIFY(field->isEnabled());
    QCOMPARE(field->isReadOnly(), !fieldRefusal.isEmpty());
    QCOMPARE(field->toolTip(), fieldRefusal);
    QVERIFY(m_sent.isEmpty()); // showing the panels sends nothing
}

void TestRoleControls::observer_changesNothing_butReads()
{
    const std::unique_ptr<core::Session> session = replica(core::TeamRole::Observer);
    QVERIFY(session);
    Console console(session.get());
    auto *claim = console.child<QPushButton>("claimChairButton");
    QVERIFY(!claim->isEnabled());
    QCOMPARE(claim->toolTip(), u"the observer may not chair-claim"_s);
    QVERIFY(!console.child<QLineEdit>("noteEdit")->isEnabled());
    QCOMPARE(console.child<QLineEdit>("noteEdit")->toolTip(), u"the observer may not note"_s);
    QVERIFY(!console.child<QAction>("actionShowMessage")->isEnabled());
    QVERIFY(!console.child<QPushButton>("editQuestionsButton")->isEnabled());
    QVERIFY(console.child<QPlainTextEdit>("reportField_gender")->isReadOnly());
    // Every control that issues a command is disabled, and clicking it sends nothing.
    for (const Control &c : commandControls()) {
        QObject *control = console.control(c.name);
        if (std::string_view(c.name) == "actionRoomLanguageMenu") {
            continue; // this display's own language (checked above)
        }
        QVERIFY2(!isEnabled(control), c.name); // before a click that could open a dialog
        if (auto *button = qobject_cast<QAbstractButton *>(control)) {
            button->click();
        } else if (auto *action = qobject_cast<QAction *>(control)) {
            action->trigger();
        }
    }
    QVERIFY(m_sent.isEmpty());
    // Reading stays: the notes' search, and the report on the clipboard.
    auto *notes = console.child<QListView>("notesView");
    QCOMPARE(notes->model()->rowCount(), 1);
    QTest::keyClicks(console.child<QLineEdit>("noteSearchEdit"), u"zebra"_s);
    QCOMPARE(notes->model()->rowCount(), 0);
    MODERATO_VERIFY_OK(console.report->copyToClipboard());
    QCOMPARE(session->events().size(), m_host->events().size());
    QVERIFY(m_sent.isEmpty());
}

void TestRoleControls::onlineModerator_claimsTheChair_butDoesNotGiveTheFloor()
{
    const std::unique_ptr<core::Session> session = replica(core::TeamRole::OnlineModerator);
    QVERIFY(session);
    Console console(session.get());
    const auto events = session->events().size();

    for (const char *name :
         {"offerSpeakerButton", "endTurnButton", "queueNextButton", "chairButton", "takeChairButton"}) {
        QVERIFY2(!console.child<QPushButton>(name)->isEnabled(), name);
    }
    QCOMPARE(console.child<QPushButton>("endTurnButton")->toolTip(), u"the online moderator may not yield"_s);
    QCOMPARE(console.child<QPushButton>("chairButton")->toolTip(), u"the online moderator may not chair-release"_s);
    QVERIFY(!console.child<QAction>("actionBlank")->isEnabled());
    QVERIFY(console.child<QAction>("actionShowMessage")->isEnabled());
    QVERIFY(!console.child<QLineEdit>("noteEdit")->isEnabled());

    // The claim goes to the host; the copy waits for the host's event.
    auto *claimName = console.child<QLineEdit>("claimNameEdit");
    auto *claim = console.child<QPushButton>("claimChairButton");
    QVERIFY(claimName->isEnabled());
    QVERIFY(claim->isEnabled());
    QVERIFY(claim->toolTip().isEmpty());
    QTest::keyClicks(claimName, u"Rita Moreno"_s);
    QTest::mouseClick(claim, Qt::LeftButton);
    QCOMPARE(m_sent.size(), 1);
    QVERIFY(std::holds_alternative<core::commands::ClaimChair>(m_sent.constLast()));
    QCOMPARE(std::get<core::commands::ClaimChair>(m_sent.constLast()).who.name, u"Rita Moreno"_s);
    QCOMPARE(std::get<core::commands::ClaimChair>(m_sent.constLast()).who.channel, u"online"_s);
    QVERIFY(claimName->text().isEmpty());

    // A request to speak, and withdrawing one.
    auto *request = console.child<QLineEdit>("requestNameEdit");
    QTest::keyClicks(request, u"Dana Scully"_s);
    QTest::keyClick(request, Qt::Key_Return);
    QCOMPARE(m_sent.size(), 2);
    QCOMPARE(std::get<core::commands::RequestToSpeak>(m_sent.constLast()).who.name, u"Dana Scully"_s);
    auto *queue = console.child<QListView>("queueView");
    queue->setCurrentIndex(queue->model()->index(0, 0));
    auto *remove = console.child<QPushButton>("removeRequestButton");
    QVERIFY(remove->isEnabled());
    remove->click();
    QCOMPARE(m_sent.size(), 3);
    QVERIFY(std::get<core::commands::WithdrawRequest>(m_sent.constLast()).request > 0);

    QCOMPARE(session->events().size(), events);
    QCOMPARE(session->state().floor().orderedQueue(session->now()).size(), 2);
    QCOMPARE(m_host->events().size(), events); // nothing reached the host by itself either
}

void TestRoleControls::rapporteur_writesNotesAndTheReport_butDoesNotClaimTheChair()
{
    const std::unique_ptr<core::Session> session = replica(core::TeamRole::Rapporteur);
    QVERIFY(session);
    Console console(session.get());
    const auto events = session->events().size();

    auto *claim = console.child<QPushButton>("claimChairButton");
    QVERIFY(!claim->isEnabled());
    QCOMPARE(claim->toolTip(), u"the rapporteur may not chair-claim"_s);
    QVERIFY(!console.child<QLineEdit>("claimNameEdit")->isEnabled());
    QVERIFY(!console.child<QAction>("actionEndTurn")->isEnabled());
    QVERIFY(console.child<QAction>("actionApproveTakeaway")->isEnabled());

    // A note: typed, tagged, sent.
    auto *note = console.child<QLineEdit>("noteEdit");
    QVERIFY(note->isEnabled());
    QVERIFY(note->toolTip().isEmpty());
    QTest::keyClicks(note, u"Suppliers need a year"_s);
    QTest::keyClick(note, Qt::Key_1, Qt::AltModifier);
    QTest::keyClick(note, Qt::Key_Return);
    QCOMPARE(m_sent.size(), 1);
    const auto &added = std::get<core::commands::AddNote>(m_sent.constLast());
    QCOMPARE(added.text, u"Suppliers need a year"_s);
    QCOMPARE(added.tags, QStringList{core::noteTagKey(core::NoteTag::Takeaway)});
    QVERIFY(note->text().isEmpty());

    // Deleting the note there is.
    auto *notes = console.child<QListView>("notesView");
    notes->setCurrentIndex(notes->model()->index(0, 0));
    console.child<QPushButton>("deleteNoteButton")->click();
    QCOMPARE(m_sent.size(), 2);
    QVERIFY(std::get<core::commands::DeleteNote>(m_sent.constLast()).id > 0);

    // The report's fields.
    auto *gender = console.child<QPlainTextEdit>("reportField_gender");
    QVERIFY(!gender->isReadOnly());
    gender->setPlainText(u"Two of the three speakers were women."_s);
    auto *save = console.child<QPushButton>("reportSaveButton");
    QVERIFY(save->isEnabled());
    save->click();
    QCOMPARE(m_sent.size(), 3);
    const auto &field = std::get<core::commands::SetReportField>(m_sent.constLast());
    QCOMPARE(field.key, u"gender"_s);
    QCOMPARE(field.text, u"Two of the three speakers were women."_s);

    QCOMPARE(session->events().size(), events);
    QCOMPARE(session->state().notes().notes().size(), m_host->state().notes().notes().size());
}

QTEST_MAIN(TestRoleControls)
#include "tst_rolecontrols.moc"
