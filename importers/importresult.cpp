#include "importresult.h"

#include "model/profilebuilder.h"
#include "model/progress.h"

ImportResult ImportResult::built(ProfileBuilder &builder, Progress &progress)
{
    if (progress.isCanceled())
        return cancellation();
    ProfilePtr profile = builder.build(progress);
    if (!builder.limitError().isEmpty())
        return failure(builder.limitError());
    if (!profile)
        return cancellation();
    return ImportResult::success(std::move(profile));
}
