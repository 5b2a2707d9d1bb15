#include "importjob.h"

#include "promiseprogress.h"

#include "importers/profilereader.h"

#include <QtConcurrent>

ImportJob::Reader ImportJob::defaultReader()
{
    return [](const QString &path, Progress &progress) {
        const ProfileReader reader;
        return reader.readFile(path, progress);
    };
}

QFuture<ImportResult> ImportJob::start(const QString &path, Reader reader)
{
    return QtConcurrent::run([path, reader = std::move(reader)](QPromise<ImportResult> &promise) {
        PromiseProgress progress(promise);
        ImportResult result = reader(path, progress);
        if (promise.isCanceled())
            result = ImportResult::cancellation();
        promise.addResult(std::move(result));
    });
}
