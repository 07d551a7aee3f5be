#include "core/common/Progress.h"

#include "core/common/Error.h"

#include <algorithm>

namespace kestrel {

void Feedback::report(double fraction)
{
    if (!m_progress)
        return;
    fraction = std::clamp(fraction, 0.0, 1.0);
    if (fraction < 1.0 && m_last >= 0.0 && fraction - m_last < m_step)
        return;
    m_last = fraction;
    m_progress(fraction);
}

void Feedback::throwIfStopped() const
{
    if (m_stop.stop_requested())
        throw Cancelled();
}

} // namespace kestrel
