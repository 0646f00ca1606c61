// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QSoundEffect;

namespace ui {

/**
 * The chime at the warning and at zero, through Qt Multimedia.
 * Without an audio output device it stays silent, with no error; callers flash the screen anyway.
 * The audio backend is initialised on the first play(), not at start-up.
 */
class Chime final : public QObject
{
    Q_OBJECT

public:
    explicit Chime(QObject *parent = nullptr);
    ~Chime() override;

    void setMuted(bool muted) { m_muted = muted; }

    [[nodiscard]] bool isMuted() const { return m_muted; }

    /// Whether a device exists to play on (checks the audio backend on first call).
    [[nodiscard]] bool isAvailable();

    /// Plays unless muted or no device exists; returns whether a sound was started.
    bool play();

    [[nodiscard]] int playCount() const { return m_playCount; }

private:
    bool m_muted = false;
    bool m_checked = false;
    bool m_available = false;
    int m_playCount = 0;
    QSoundEffect *m_effect = nullptr;
};

} // namespace ui
