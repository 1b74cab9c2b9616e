#pragma once

#include "aws/client/AwsError.h"

#include <utility>
#include <variant>

namespace SageDesk::Aws {

// The value of an operation that answers nothing but success.
struct AwsEmpty
{
    friend bool operator==(const AwsEmpty&, const AwsEmpty&) = default;
};

// Exactly one of: the typed value of a call, or the AwsError that ended it.
template <typename T>
class AwsResult final
{
public:
    AwsResult(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    AwsResult(AwsError error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const { return std::get<0>(m_data); }
    T& value() { return std::get<0>(m_data); }
    const T* operator->() const { return &value(); }
    const AwsError& error() const { return std::get<1>(m_data); }

private:
    std::variant<T, AwsError> m_data;
};

} // namespace SageDesk::Aws
