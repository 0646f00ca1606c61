// SPDX-License-Identifier: MIT
#include "tests/support/helpers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace tests {

QString describe(const core::Error &error)
{
    return u"error %1: %2"_s.arg(int(error.code)).arg(error.detail);
}

QString freshPath(const QString &dir, const QString &name)
{
    return QDir(dir).filePath(name);
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

QString crashedSession(const QString &crashWriter, const QString &path)
{
    QProcess writer;
    writer.start(crashWriter, {path});
    writer.waitForFinished(20'000);
    return writer.exitStatus() == QProcess::CrashExit ? path : QString();
}

} // namespace tests
