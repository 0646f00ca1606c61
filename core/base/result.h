// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

#include <utility>
#include <variant>

namespace core {

/// What went wrong, as a code the UI turns into translated text (see errorMessage()).
enum class ErrorCode
{
    FileNotFound,
    FileExists,
    NotASession,
    NewerVersion,
    Corrupt,
    Database,
    Io,
    Parse,
    InvalidArgument,
    InvalidState,
    /// Another window or program has the file open (it holds the file's lock).
    Locked,
    /// The file or its folder cannot be written (read-only file, folder or medium).
    ReadOnlyFile,
};

/// An error value: the code plus technical detail (file names, SQLite text) for logs and messages.
struct Error
{
    ErrorCode code;
    QString detail;
};

/// Either a value or an Error. Shaped like std::expected so a later swap is mechanical.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}

    Result(Error error)
        : m_data(std::move(error))
    {}

    [[nodiscard]] bool has_value() const { return m_data.index() == 0; }

    explicit operator bool() const { return has_value(); }

    [[nodiscard]] T &value() & { return std::get<0>(m_data); }

    [[nodiscard]] const T &value() const & { return std::get<0>(m_data); }

    [[nodiscard]] T &&value() && { return std::get<0>(std::move(m_data)); }

    [[nodiscard]] const Error &error() const { return std::get<1>(m_data); }

    T *operator->() { return &value(); }

    const T *operator->() const { return &value(); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;

    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false)
    {}

    [[nodiscard]] bool has_value() const { return m_ok; }

    explicit operator bool() const { return m_ok; }

    [[nodiscard]] const Error &error() const { return m_error; }

private:
    Error m_error{ErrorCode::InvalidState, {}};
    bool m_ok = true;
};

/// A translated, user-facing sentence for an error, with its detail.
[[nodiscard]] QString errorMessage(const Error &error);

} // namespace core
