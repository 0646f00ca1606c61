// SPDX-License-Identifier: MIT
#include "tests/support/helpers.h"

#include <QDir>

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

} // namespace tests
