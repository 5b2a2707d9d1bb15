#include "progress.h"

Progress &Progress::none()
{
    static Progress instance;
    return instance;
}
