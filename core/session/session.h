// SPDX-License-Identifier: MIT
#pragma once

#include "core/agenda/breakoutassignment.h"
#include "core/base/clock.h"
#include "core/base/eventpayloads.h"
#include "core/room/displaystate.h"
#include "core/session/command.h"
#include "core/session/sessionstate.h"
#include "core/store/sessionstore.h"

#include <QObject>

#include <functional>
#include <memory>

namespace core {

/**
 * A live session: its event store (the SQLite file, or memory), the state folded from its log, and the clock.
 *
 * Every mutator builds one event, checks it against a copy of the state, commits it to the file
 * and only then applies it; on any error nothing changes and the error is returned. Reopening a
 * file replays the log; a clock that was running when the file was last written keeps running,
 * as if the process had never stopped (the gap is measured with the wall clock).
 * The Clock must outlive the Session. Lives in one thread.
 */
class Session final : public QObject
{
    Q_OBJECT

public:
    ~Session() override;

    [[nodiscard]] static Result<std::unique_ptr<Session>>
    create(const QString &path, const SessionDefinition &definition, const Clock &clock);
    [[nodiscard]] static Result<std::unique_ptr<Session>>
    open(const QString &path, const Clock &clock, SessionStore::Mode mode = SessionStore::Mode::ReadWrite);

    /// A new session in an empty store (e.g. a MemoryStore).
    [[nodiscard]] static Result<std::unique_ptr<Session>>
    create(std::unique_ptr<EventStore> store, const SessionDefinition &definition, const Clock &clock);
    /// The session a store holds: its log is read and folded; with write, the store then begins writing.
    [[nodiscard]] static Result<std::unique_ptr<Session>>
    open(std::unique_ptr<EventStore> store, const Clock &clock, bool write = true);
    /// A copy of a shared session on a joined device: it changes only through receive(), with the
    /// host's events, and its clock follows the host's (followHost()). Every mutator refuses.
    [[nodiscard]] static Result<std::unique_ptr<Session>> replica(std::unique_ptr<EventStore> store,
                                                                  const Clock &clock);

    [[nodiscard]] bool isReplica() const { return m_replica; }

    /// The store value that marks a joined device's copy of a shared session in a file ("replica_of": where the
    /// host was). Such a file opens read-only, so it cannot be mistaken for the host's original.
    static constexpr char16_t ReplicaKey[] = u"replica_of";
    /// Where the host of the session this file copies was, when it is a joined device's copy; else empty.
    [[nodiscard]] QString replicaOrigin() const;

    /// Takes an event recorded by the host into a replica: it must be the next in sequence.
    [[nodiscard]] Result<void> receive(const Event &event);
    /// Sets the time axis: the host's session time was hostSessionMs at this clock's monotonicMs.
    void followHost(qint64 hostSessionMs, qint64 atMonotonicMs);

    /// Now, on the session's time axis (the axis of Event::sessionMs and every SessionState query).
    [[nodiscard]] qint64 now() const;
    /// The wall-clock time (UTC ms since the epoch) of a point on the session's time axis.
    [[nodiscard]] qint64 wallMsAt(qint64 sessionMs) const;

    [[nodiscard]] const SessionState &state() const { return m_state; }

    [[nodiscard]] QString filePath() const { return m_store->path(); }

    /// False for a session opened read-only: every mutator then fails and nothing is written.
    [[nodiscard]] bool isWritable() const { return !m_replica && m_store->isWritable(); }

    /// What opening the file found and repaired without loss (a stray write-ahead log set aside).
    [[nodiscard]] QStringList openWarnings() const { return m_store->warnings(); }

    [[nodiscard]] const QList<Event> &events() const { return m_events; }

    [[nodiscard]] const EventStore &store() const { return *m_store; }

    /// Keeps a value beside the log (EventStore::setValue), e.g. a shared session's join codes.
    [[nodiscard]] Result<void> keepValue(const QString &key, const QString &value)
    {
        return m_store->setValue(key, value);
    }

    /// Runs a command from the catalogue (command.h): it is checked, and records exactly one event or
    /// nothing. Returns the id of what it added (a participant, request, note, takeaway or media), else 0.
    /// The role is checked against the catalogue: a command the role may not issue changes nothing.
    /// `keep` are values to set beside the log in the same transaction as the command's event (nothing is
    /// kept when the command is refused).
    [[nodiscard]] Result<int>
    execute(const Command &command, TeamRole role, const QList<std::pair<QString, QString>> &keep = {});
    /// Runs a command in this session's own role (role()). In a replica the command goes to the host
    /// through the forwarder: it returns 0 at once, and the host's event changes the copy later.
    [[nodiscard]] Result<int> execute(const Command &command);

    /// Who acts through this session: the onsite moderator on the host, the joined device's role in a replica.
    [[nodiscard]] TeamRole role() const { return m_role; }

    /// Whether this session's role may issue the command (a default-made payload will do), and the
    /// reason it may not, for a disabled control's tooltip (empty when it may).
    [[nodiscard]] bool mayIssue(const Command &command) const;
    [[nodiscard]] QString refusal(const Command &command) const;

    /// Sends a replica's commands on to the host (a joined device's link); it returns at once.
    using Forwarder = std::function<Result<void>(const Command &)>;
    /// Makes this replica act in a role, its commands going to forward; without a forwarder (offline and
    /// no outbox) commands are refused.
    void setForwarder(TeamRole role, Forwarder forward);

    [[nodiscard]] Result<void> start();
    [[nodiscard]] Result<void> pause();
    [[nodiscard]] Result<void> resume();
    /// Space: start, pause or resume, whichever applies.
    [[nodiscard]] Result<void> toggle();
    [[nodiscard]] Result<void> next();
    [[nodiscard]] Result<void> previous();
    /// Makes an item current; for a block, its first item.
    [[nodiscard]] Result<void> enterItem(int itemId);
    /// Goes to the N-th top-level item (0-based).
    [[nodiscard]] Result<void> gotoTopLevel(int position);
    /// Lengthens (positive) or shortens (negative) the current item.
    [[nodiscard]] Result<void> extendCurrent(qint64 deltaMs);
    [[nodiscard]] Result<void> acceptRebalance(const RebalancePlan &plan);
    /// The moderator declined a proposed re-balancing at this overrun; see SessionState::isRebalanceDue.
    [[nodiscard]] Result<void> declineRebalance(qint64 overrunMs);
    [[nodiscard]] Result<void> end();

    // The floor: participants, turns, the queue, the empty chair, the speaker rotation.

    /// Adds a participant (a walk-in needs only a name); returns the new id.
    [[nodiscard]] Result<int> addParticipant(Participant participant);
    [[nodiscard]] Result<void> updateParticipant(const Participant &participant);
    /// Finds a participant by name, or adds them as a walk-in with what is known.
    [[nodiscard]] Result<int> findOrAddParticipant(const QString &name,
                                                   Channel channel = Channel::Onsite,
                                                   const QString &stakeholderGroup = {},
                                                   const QString &region = {});
    /// Gives the floor: an invited speaker gets their agenda slot, anyone else the audience limit.
    [[nodiscard]] Result<void> giveFloor(int participantId);
    /// The same for someone named: found by name, or added as a walk-in by the same event.
    [[nodiscard]] Result<int> giveFloor(const Who &who);
    /// Gives the floor to the head of the queue, as the queue's order has it.
    [[nodiscard]] Result<void> giveFloorFromQueue();
    /// Gives the floor to one request to speak (it leaves the queue): one event.
    [[nodiscard]] Result<void> giveFloorToRequest(int requestId);
    [[nodiscard]] Result<void> endTurn();
    [[nodiscard]] Result<void> requestToSpeak(int participantId);
    /// Someone named asks to speak; a new name is added as a walk-in by the same event. Returns the request's id.
    [[nodiscard]] Result<int> requestToSpeak(const Who &who, const QString &device = {});
    [[nodiscard]] Result<void> withdrawRequest(int requestId);
    [[nodiscard]] Result<void> reorderQueue(const QList<int> &requestIds);
    [[nodiscard]] Result<void> setQueuePolicy(QueuePolicy policy);
    [[nodiscard]] Result<void> openChair();
    /// The online moderator claims the chair for a remote participant; it waits for the moderator.
    [[nodiscard]] Result<void> claimChair(int remoteParticipantId);
    /// The same for a remote participant by name (online unless said), added as a walk-in if new.
    [[nodiscard]] Result<int> claimChair(Who who, const QString &device = {});
    [[nodiscard]] Result<void> declineChairClaim();
    /// Someone takes the chair (the pending claim's participant, when accepted) and holds the floor.
    [[nodiscard]] Result<void> takeChair(int participantId);
    /// The same for someone named, added as a walk-in if new; returns their id.
    [[nodiscard]] Result<int> takeChair(const Who &who);
    [[nodiscard]] Result<void> replyFromChair(int speakerId);
    [[nodiscard]] Result<void> closeChair();
    [[nodiscard]] Result<void> setRotation(const QList<int> &order, const QSet<int> &skipped);
    [[nodiscard]] Result<void> setTurnLimits(qint64 audienceLimitMs, qint64 chairLimitMs);
    /// Turn limits, warning time and chime together (what the settings dialog saves).
    [[nodiscard]] Result<void> setSettings(const FloorSettings &settings);
    /// Adds a participant back with the id they had (undoing a removal).
    [[nodiscard]] Result<void> restoreParticipant(const Participant &participant);
    /// Removes a participant who has not taken part (spoken, asked to speak, claimed the chair).
    [[nodiscard]] Result<void> removeParticipant(int participantId);
    /// Replaces the agenda (until the clock starts). Items keep their ids; new items need none.
    [[nodiscard]] Result<void> editAgenda(const Agenda &agenda);
    // Break-out groups: an agenda item of kind break-out holds them (AgendaItem::breakOut); every change
    // below is an agenda.edited event. Before the start any agenda edit may change them (and SessionUndo
    // undoes them as it undoes agenda edits); after it only the groups may change.

    /// Replaces a break-out item's groups, report-back limit and order (new groups, id 0, get ids).
    [[nodiscard]] Result<void> setBreakOut(int itemId, const BreakOut &breakOut);
    /// Who the automatic assignment shares out: every participant but the moderators and the session's
    /// rapporteur, and the groups' facilitators and rapporteurs whatever their roles.
    [[nodiscard]] QList<BreakOutPerson> breakOutPeople(int itemId) const;
    /// Assigns breakOutPeople() to the item's groups (BreakOutAssigner::assign) and records the result;
    /// returns it, with its balance and the sentence for the screen.
    [[nodiscard]] Result<BreakOutAssignment> assignBreakOut(int itemId);
    /// Adds someone (a walk-in) to the least-full group of the item that suits them; returns its id.
    [[nodiscard]] Result<int> addToBreakOut(int itemId, int participantId);
    /// Gives the floor to a group's rapporteur (its facilitator when it has none) for the group's
    /// report-back, with the item's report-back limit; floor.given names the group. groupId 0: the next
    /// group, in the report-back order, of the latest break-out item up to the current one that has not
    /// reported yet. Returns the group's id.
    [[nodiscard]] Result<int> giveReportBack(int groupId = 0);
    /// The groups of that item that have had their report-back turn, in the order they had it.
    [[nodiscard]] QList<int> reportedGroups(int itemId) const;
    /// Replaces the session's details (code, title, format, policy questions, facilitation, online
    /// participation, goals) from `details` until the clock starts; its agenda and people are ignored.
    [[nodiscard]] Result<void> editDetails(const SessionDefinition &details);
    /// Replaces the bank of prepared questions (ids 0 get new ids); asked marks of kept ids stay.
    [[nodiscard]] Result<void> setQuestionBank(QList<PreparedQuestion> questions);
    [[nodiscard]] Result<void> markQuestionAsked(int questionId, bool asked);

    // The room display, its media library and the takeaways it shows.

    /// Copies a file (image, SVG, PDF, video) into the session file; refuses what is too large or unknown.
    [[nodiscard]] Result<int> addMedia(const QString &path);
    [[nodiscard]] Result<void> removeMedia(int mediaId);

    [[nodiscard]] Result<QByteArray> mediaData(int mediaId) const { return m_store->readMedia(mediaId); }

    /// Shows a media file on the room display (pins the media scene), from its first page.
    [[nodiscard]] Result<void> showMedia(int mediaId);
    [[nodiscard]] Result<void> setMediaPage(int page);
    /// Copies a subtitle file (SRT, WebVTT) into the session for a video; the language ("" : as the file's
    /// name says, e.g. "talk.fr.vtt", else not said) picks the subtitles the room display shows. The file must
    /// read as subtitles. Returns the subtitles' media id.
    [[nodiscard]] Result<int> addSubtitles(int videoId, const QString &path, const QString &language = {});
    /// The sound of the room display's videos: volume 0 to 100, and muted.
    [[nodiscard]] Result<void> setVideoVolume(int volume, bool muted);
    /// Plays or pauses the shown video from a position (ms from its start).
    [[nodiscard]] Result<void> setVideoPlayback(bool playing, qint64 positionMs);
    [[nodiscard]] Result<void> pinScene(Scene scene);
    /// The room display follows the session again (chair, speaker, agenda).
    [[nodiscard]] Result<void> unpinScene();
    [[nodiscard]] Result<void> setBlank(bool blank);
    [[nodiscard]] Result<void> showMessage(const QString &text);
    /// The room display's own language ("" follows the console).
    [[nodiscard]] Result<void> setRoomLanguage(const QString &language);
    /// A second language the room display shows smaller with the first ("" for none).
    [[nodiscard]] Result<void> setRoomSecondLanguage(const QString &language);
    /// A translation of the session's content for the room: kind "item" (an agenda item's id), "message" (id 0)
    /// or "takeaway" (an approved takeaway's id); empty text removes it.
    [[nodiscard]] Result<void>
    translateContent(const QString &kind, int id, const QString &language, const QString &text);
    /// Adds a glossary term (id 0; returns its new id) or changes one; the same wording again records nothing. An id
    /// no term has (up to GlossaryTerm::MaxId) puts a removed term back with that id, where its id places it: an undo.
    [[nodiscard]] Result<int> setGlossaryTerm(int id, const QString &term, const QString &explanation);
    [[nodiscard]] Result<void> removeGlossaryTerm(int id);
    /// Shows one glossary term over the room display's scene (0 hides it).
    [[nodiscard]] Result<void> showGlossaryTerm(int id);
    [[nodiscard]] Result<int> approveTakeaway(const QString &text);
    [[nodiscard]] Result<void> withdrawTakeaway(int takeawayId);
    /// Rewords an approved takeaway: the room display shows the new wording.
    [[nodiscard]] Result<void> editTakeaway(int takeawayId, const QString &text);
    /// Records what someone in the room said about an approved takeaway (participant 0: not named).
    [[nodiscard]] Result<void> commentOnTakeaway(int takeawayId, const QString &text, int participant = 0);

    // The rapporteur's notes.

    /// Adds a note stamped with typedAtMs (when typing began, on the session's axis; -1: now), the agenda
    /// item then and who held the floor then.
    [[nodiscard]] Result<int> addNote(const QString &text,
                                      const QList<NoteTag> &tags,
                                      qint64 typedAtMs = -1,
                                      int policyQuestion = -1,
                                      int group = 0); ///< group: the break-out group the note is for (0: none)
    /// group: the break-out group (0: none; nullopt: the note keeps its own).
    [[nodiscard]] Result<void> editNote(int noteId,
                                        const QString &text,
                                        const QList<NoteTag> &tags,
                                        int policyQuestion,
                                        std::optional<int> group = std::nullopt);
    [[nodiscard]] Result<void> deleteNote(int noteId);
    [[nodiscard]] Result<void> restoreNote(int noteId);

    /// Full-text search (SQLite FTS5): the notes matching every word, best first; deleted notes never match.
    [[nodiscard]] Result<QList<int>> searchNotes(const QString &query) const { return m_store->searchNotes(query); }

    // The report.

    /// Reads a transcript file into the session (it replaces an earlier one); its turns feed the drafter.
    /// Timed captions (SRT, WebVTT) keep each turn's start; the file's 00:00 is offsetMs from the clock's
    /// first start (default: at it). An offset for a session not yet started is ErrorCode::InvalidState.
    [[nodiscard]] Result<void> importTranscript(const QString &path, std::optional<qint64> offsetMs = std::nullopt);
    [[nodiscard]] Result<void> setReportField(const QString &key, const QString &text);
    [[nodiscard]] Result<void> setParticipation(int onsite, int online, int women);

    /// A caption line for the room display's caption strip, kept as a turn of the transcript
    /// (caption.line). Text and speaker are made plain text on one line and cut to the longest
    /// accepted; a participant (0: not known) must exist, and names the speaker when none is given;
    /// atMs is when it was said (default: now).
    [[nodiscard]] Result<void> addCaption(const QString &text,
                                          const QString &speaker = {},
                                          int participant = 0,
                                          std::optional<qint64> atMs = std::nullopt);
    /// Shows or hides the caption strip and sets its size (display.captions).
    [[nodiscard]] Result<void> setCaptions(bool shown, CaptionSize size = CaptionSize::Medium);

    // Participants' phones (see docs/phones.md). The phone host checks who a phone is; these check what
    // it asks: a known phone that is not blocked, plain text of a bounded length, known ids, the limits.

    /// A command a phone sent, through the phone host (CommandCatalogue::fromPhone): no team role needed.
    [[nodiscard]] Result<int> executeFromPhone(const Command &command);
    /// A phone joins (joining must be open): its participant is added by the same event; returns their id.
    [[nodiscard]] Result<int> joinPhone(const QString &device, const Who &who);
    [[nodiscard]] Result<int>
    submitQuestion(const QString &device, const QString &text, int policyQuestion = -1, int speaker = 0);
    [[nodiscard]] Result<void>
    reactToTakeaway(const QString &device, int takeawayId, const QString &reaction, const QString &text = {});
    [[nodiscard]] Result<int> shareTakeaway(const QString &device, const QString &text);
    /// The moderator accepts a question as "read", "display" or "bank" (the room display's message and the
    /// prepared questions change by their own commands).
    [[nodiscard]] Result<void> acceptQuestion(int inboxId, const QString &as);
    [[nodiscard]] Result<void> dismissQuestion(int inboxId);
    [[nodiscard]] Result<void> blockPhone(const QString &device, bool blocked);
    [[nodiscard]] Result<void> setPhoneJoining(bool open);
    [[nodiscard]] Result<void> setPhoneLimits(qint64 questionIntervalMs, int pendingQuestions);

    /// The limits of a phone's text, in characters.
    static constexpr int MaxPhoneNameChars = 80;
    static constexpr int MaxPhoneDetailChars = 80;
    static constexpr int MaxQuestionChars = 500;
    static constexpr int MaxCommentChars = 200;
    static constexpr int MaxSharedTakeawayChars = 300;

    /// The agenda item current at a moment of the session (its id).
    [[nodiscard]] int itemAt(qint64 sessionMs) const;

    [[nodiscard]] Result<void> saveCopyAs(const QString &target) const { return m_store->saveCopyAs(target); }

    /// Called by a timer: emits ticked(), and phaseChanged() when time moves the current item into a new phase.
    void tick();

signals:
    /// An event was recorded; `areas` says what it changed (see EventCatalogue), so views refresh only
    /// what they show. Emitted before stateChanged().
    void changed(core::Areas areas);
    /// An event was recorded (or received, in a replica), in sequence; emitted before changed().
    void eventRecorded(const core::Event &event);
    void stateChanged();
    void planChanged();
    /// The agenda's structure changed (an edit before the start): models of it must reset.
    void agendaReplaced();
    void currentItemChanged(int itemId);
    void phaseChanged(int itemId, core::Phase phase);
    /// Time moved the turn at the floor into a new phase (warning, overtime).
    void turnPhaseChanged(core::Phase phase);
    void ticked();

private:
    Session(std::unique_ptr<EventStore> store, const Clock &clock);

    [[nodiscard]] Result<void> record(EventType type, const QJsonObject &data = {}, const QByteArray *media = nullptr);
    /// Checks an event against the state, stores it, applies it and tells the views.
    [[nodiscard]] Result<void> commit(Event event, const QByteArray *media);

    /// Records an event from its payload struct (eventpayloads.h): how every mutator writes one.
    template<events::Payload P>
    [[nodiscard]] Result<void> record(const P &payload, const QByteArray *media = nullptr)
    {
        return record(P::Type, events::toJson(payload), media);
    }

    [[nodiscard]] Phase currentPhase() const;
    /// The participant a Who names: an existing id, or a walk-in to add (returned as JSON with its new id).
    [[nodiscard]] Result<std::pair<int, QJsonObject>> resolve(const Who &who) const;
    /// The phone, known and not blocked, or why it may not act.
    [[nodiscard]] Result<const Phone *> activePhone(const QString &device) const;
    [[nodiscard]] Result<int> runCommand(const Command &command);
    /// Whether someone speaks as an invited speaker now, and the time limit of their turn.
    [[nodiscard]] std::pair<bool, qint64> turnFor(int participantId) const;
    [[nodiscard]] Result<void> updateNoteIndex(const Event &event);
    [[nodiscard]] Result<void> rebuildNoteIndex();

    std::unique_ptr<EventStore> m_store;
    const Clock &m_clock;
    SessionState m_state;
    QList<Event> m_events;
    qint64 m_baseSessionMs = 0;
    qint64 m_baseMonotonicMs = 0;
    Phase m_lastPhase = Phase::Normal;
    Phase m_lastTurnPhase = Phase::Normal;
    bool m_replica = false;
    TeamRole m_role = TeamRole::OnsiteModerator;
    Forwarder m_forward;
    QList<std::pair<QString, QString>> m_keepWithEvent; ///< set beside the next event, in its transaction
};

} // namespace core
