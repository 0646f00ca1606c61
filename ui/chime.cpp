// SPDX-License-Identifier: MIT
#include "ui/chime.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QSoundEffect>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace ui {

Chime::Chime(QObject *parent)
    : QObject(parent)
{}

Chime::~Chime() = default;

bool Chime::isAvailable()
{
    if (!m_checked) {
        m_checked = true;
        const QAudioDevice device = QMediaDevices::defaultAudioOutput();
        m_available = !device.isNull();
        if (m_available) {
            m_effect = new QSoundEffect(device, this);
            m_effect->setSource(QUrl(u"qrc:/sounds/chime.wav"_s));
            m_effect->setVolume(0.8f);
        }
    }
    return m_available;
}

bool Chime::play()
{
    if (m_muted || !isAvailable()) {
        return false;
    }
    m_effect->play();
    ++m_playCount;
    return true;
}

} // namespace ui
