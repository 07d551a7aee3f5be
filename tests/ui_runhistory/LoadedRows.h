#pragma once

// The Run History table reads its pages in jobs (issue 9 §4): a cell shows
// "Loading…" until its page arrives. These ask for a cell and wait for it.
#include "ui/panels/runhistory/RunTableModel.h"

#include <QTest>
#include <QVariant>

namespace kestrel::test {

inline QVariant loadedData(const ui::RunTableModel& model, int row, int column,
                           int role = Qt::DisplayRole)
{
    const QModelIndex index = model.index(row, column);
    model.data(index, role); // asks for the page
    (void)QTest::qWaitFor([&] { return model.isRowLoaded(row); }, 20'000);
    return model.data(index, role);
}

} // namespace kestrel::test
