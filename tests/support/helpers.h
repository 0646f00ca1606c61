// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/result.h"

#include <QString>
#include <QTest>

namespace tests {

/// "code: detail" for failure messages.
[[nodiscard]] QString describe(const core::Error &error);

/// The path of a file that does not exist yet inside dir.
[[nodiscard]] QString freshPath(const QString &dir, const QString &name);

/// The SHA-256 of a file's bytes (empty when it cannot be read): to check that a file was left untouched.
[[nodiscard]] QByteArray fileHash(const QString &path);

/// Runs a writer that creates a session at path and dies with the file open (a crash writer), leaving its
/// write-ahead log beside it; returns path, or an empty string when it did not die as expected.
[[nodiscard]] QString crashedSession(const QString &crashWriter, const QString &path);

} // namespace tests

/// QVERIFY for a Result, printing the error when it fails.
#define MODERATO_VERIFY_OK(expression)                                                                                 \
    do {                                                                                                               \
        const auto &result_ = (expression);                                                                            \
        QVERIFY2(result_.has_value(), result_.has_value() ? "" : qPrintable(tests::describe(result_.error())));        \
    } while (false)
