#pragma once

// How a background job (an import, an export, a transform) ended. Callers
// decide by this, never by an error text: the texts are for people.
enum class JobOutcome {
    Done,
    Cancelled, // progress said so; nothing to report to the user
    Failed,    // with a message that says why
};
