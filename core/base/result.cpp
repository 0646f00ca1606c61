// SPDX-License-Identifier: MIT
#include "core/base/result.h"

namespace core {

QString errorMessage(const Error &error)
{
    QString text;
    switch (error.code) {
    case ErrorCode::FileNotFound:
        text = QCoreApplication::translate("core::Error", "The file %1 does not exist.");
        break;
    case ErrorCode::FileExists:
        text = QCoreApplication::translate("core::Error", "The file %1 already exists and was left untouched.");
        break;
    case ErrorCode::NotASession:
        text = QCoreApplication::translate("core::Error", "%1 is not a Moderato session file. It was left untouched.");
        break;
    case ErrorCode::NewerVersion:
        text = QCoreApplication::translate(
            "core::Error", "%1 was written by a newer version of Moderato. It was not opened and not changed.");
        break;
    case ErrorCode::Corrupt:
        text = QCoreApplication::translate("core::Error", "The session file is damaged and was left untouched: %1");
        break;
    case ErrorCode::Database:
        text = QCoreApplication::translate("core::Error", "The session file could not be read or written: %1");
        break;
    case ErrorCode::Io:
        text = QCoreApplication::translate("core::Error", "Input/output error: %1");
        break;
    case ErrorCode::Parse:
        text = QCoreApplication::translate("core::Error", "Could not read the input: %1");
        break;
    case ErrorCode::InvalidArgument:
        text = QCoreApplication::translate("core::Error", "Invalid argument: %1");
        break;
    case ErrorCode::InvalidState:
        text = QCoreApplication::translate("core::Error", "Not possible now: %1");
        break;
    case ErrorCode::Locked:
        text = QCoreApplication::translate(
            "core::Error",
            "%1 is open in another Moderato window or program, which is the only one that may write to it. "
            "Nothing was changed.");
        break;
    case ErrorCode::ReadOnlyFile:
        text = QCoreApplication::translate(
            "core::Error",
            "%1 cannot be written (the file, its folder or the disk is read-only). Nothing was changed.");
        break;
    }
    return text.arg(error.detail);
}

} // namespace core
