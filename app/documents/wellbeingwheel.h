#pragma once

#include "core/assessment.h"

#include <QCoreApplication>
#include <QRectF>

class QPainter;

namespace hearth {

// The wellbeing wheel: the nine areas of Care Act s1(2) as equal slices (there is no
// hierarchy among them), showing how much each matters to the person and where the concerns
// are. Drawn the same on screen and in the plan PDF. Each state has its own fill pattern, a
// mark and a word, so nothing rests on colour alone.
class WellbeingWheel
{
    Q_DECLARE_TR_FUNCTIONS(hearth::WellbeingWheel)

public:
    enum class AreaState {
        NotYet, // neither explored nor skipped with a reason
        Skipped, // a reasoned choice not to explore it
        Explored, // explored, no concerns written
        Concerns, // explored, with concerns written
    };

    // Paints into `area` with the painter's current font, which sets the size of every label.
    static void paint(QPainter &painter, const QRectF &area, const Assessment &assessment);

    static AreaState state(const WellbeingAreaRecord &record);
    // The record for `area`, or a blank one when the assessment has none.
    static WellbeingAreaRecord recordFor(const Assessment &assessment, WellbeingArea area);
    // One or two words for a slice ("Dignity", "Home"); the statutory wording is elsewhere.
    static QString shortLabel(WellbeingArea area);
    static QString stateLabel(AreaState state);
    static QString importanceLabel(int importance);
    // The wheel in words, for a screen reader or a document's alternative text.
    static QString describe(const Assessment &assessment);
};

} // namespace hearth
