// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/event.h"
#include "core/base/result.h"
#include "core/session/command.h"

#include <QGroupBox>
#include <QPointer>

#include <optional>

class QAction;
class QKeySequence;
class QLabel;
class QLineEdit;
class QPushButton;

namespace core {
class Session;
class SessionState;
} // namespace core

namespace ui {

/**
 * One part of the console's floor panel: a titled box that shows a side of the floor and acts on it
 * (see FloorPanel). The panel gives it the session and refreshes it when an area it shows changed.
 * Disabled while there is no session.
 */
class FloorPart : public QGroupBox
{
    Q_OBJECT

public:
    explicit FloorPart(QWidget *parent = nullptr);

    virtual void setSession(core::Session *session);
    /// Shows the session as it is now.
    void refresh();

    /// Only what time changes (nothing, unless the part shows running time).
    virtual void refreshLive() {}

    /// What this part shows: an event that changes none of these leaves it as it is.
    [[nodiscard]] virtual core::Areas areas() const = 0;

signals:
    void actionFailed(const QString &message);
    /// After every refresh (tests count them).
    void refreshed();

protected:
    [[nodiscard]] core::Session *session() const;

    /// Shows the state; only called with a session.
    virtual void showState(const core::SessionState &state, qint64 now) = 0;
    virtual void retranslateUi() = 0;

    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

    /// Reports a refused action; true when it was done.
    bool run(const core::Result<void> &result);
    bool run(const core::Result<int> &result);
    /// After a name was used: the field is emptied and the console's single keys work again.
    void leaveField(QLineEdit *edit);

    [[nodiscard]] QLabel *plainLabel(const QString &objectName, QWidget *parent);
    [[nodiscard]] QPushButton *button(const QString &objectName, QWidget *parent);
    /// A field for a name; Esc leaves it (and does not reach the console's keys).
    [[nodiscard]] QLineEdit *nameEdit(const QString &objectName);
    /// A field for a whole line about a person ("Ana Pérez, civil society, GRULAC, woman, online"): a name
    /// field that completes the groups, regions, genders and channels after each comma or slash and shows
    /// the syntax as its tooltip.
    [[nodiscard]] QLineEdit *personEdit(const QString &objectName);
    /// An action with a single-key shortcut for the whole window (the Floor menu lists it too).
    [[nodiscard]] QAction *shortcutAction(const QString &objectName, const QKeySequence &key);
    /// Someone by id, and someone by name (found, or added as a walk-in by the command's own event).
    [[nodiscard]] static core::Who who(int participantId);
    [[nodiscard]] static core::Who who(const QString &name, bool online);
    /// Someone typed in one line (see core::PersonEntryParser): found by name, or added as a walk-in
    /// with the group, region, gender and channel the line gives (without a channel: online when
    /// `online`), the parts no vocabulary knows kept with the name. A line that cannot be read is
    /// reported (actionFailed) and gives nothing.
    [[nodiscard]] std::optional<core::Who> whoFromLine(const QString &line, bool online);
    /// "in the room", "online" or "hub NAME", for Participant::channelKey().
    [[nodiscard]] QString channelText(const QString &key) const;

private:
    QPointer<core::Session> m_session;
};

} // namespace ui
