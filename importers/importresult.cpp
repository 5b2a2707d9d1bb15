#include "importresult.h"

#include "model/profilebuilder.h"
#include "model/progress.h"

ImportResult ImportResult::built(ProfileBuilder &builder, Progress &progress)
{
    if (progress.isCanceled())
        return cancellation();
    ProfilePtr profile = builder.build(progress);
    if (!builder.limitError().isEmpty()) {
        const ProfileMetadata &meta = builder.metadata();
        if (meta.source.empty())
            return failure(builder.limitError());
        // As ProfileReader names a failure's file and format, for callers without it.
        return failure(QStringLiteral("%1: %2: %3")
                           .arg(QString::fromStdString(meta.source),
                                QString::fromStdString(meta.format), builder.limitError()));
    }
    if (!profile)
        return cancellation();
    return ImportResult::success(std::move(profile));
}
