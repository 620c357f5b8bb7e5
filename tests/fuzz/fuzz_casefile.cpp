// libFuzzer target for the case-file reader, CaseFile::read. See docs/fuzzing.md.
//
// A case file comes from anywhere a practitioner can pick a file: whatever the bytes, the
// reader must refuse them with a message or return a case. Beyond "no crash, no leak, no
// undefined behaviour", it checks that a refusal says why, and that a case that reads can be
// written, read back to an equal case and written again to the same bytes. A case that reads
// then goes where an opened case goes: the eligibility proposal, the quality checks, the
// progress of each step, the plan's needs and, for an adult, the indicative budget.

#include "fuzz_casefile.h"

#include "core/assessmentflow.h"
#include "core/casefile.h"
#include "core/eligibility.h"
#include "core/qualitychecks.h"
#include "core/ras.h"

namespace hearth::fuzz {

namespace {

void openAsTheProgramDoes(const Case &c)
{
    for (qsizetype i = 0; i < c.assessments.size(); ++i) {
        const AssessmentRecord record = recordOf(c, i);
        const EligibilityProposal proposal = Eligibility::propose(record.assessment);
        require(proposal.forCarer == record.assessment.forCarer(), "the right regulation");
        QualityChecks::run(record);
        for (const AssessmentStep step : AssessmentFlow::allSteps())
            AssessmentFlow::progress(step, record);
        AssessmentFlow::planNeeds(record.assessment);
        const Result<RasResult> budget
            = Ras::calculate(RasTable::illustrativeTable(), record.assessment, record.network);
        require(budget.ok() != record.assessment.forCarer(), "a budget for adults only");
        if (!budget)
            require(!budget.error().isEmpty(), "a refused budget says why");
    }
}

} // namespace

Outcome runCaseFile(const std::uint8_t *data, std::size_t size)
{
    const Result<Case> read = CaseFile::read(bytesOf(data, size));
    if (!read) {
        require(!read.error().isEmpty(), "a refusal says why");
        return Outcome::Refused;
    }
    const QByteArray written = CaseFile::write(*read);
    const Result<Case> again = CaseFile::read(written);
    require(again.ok(), "what was read can be written and read again");
    require(*again == *read, "the same case after a second round");
    require(CaseFile::write(*again) == written, "written again, the same bytes");
    openAsTheProgramDoes(*read);
    return Outcome::Read;
}

} // namespace hearth::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    hearth::fuzz::runCaseFile(data, size);
    return 0;
}
