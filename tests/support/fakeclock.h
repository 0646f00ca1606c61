// SPDX-License-Identifier: MIT
#pragma once

// The fake clock lives in core (moderato-cli replay uses it too); tests include it from here.
#include "core/base/clock.h"

namespace tests {
using FakeClock = core::FakeClock;
} // namespace tests
