// LOCAL STUB FOR TESTING ONLY - DO NOT COMMIT
#include "library/profiletypenaming.h"
std::vector<ProfileTypeId> ProfileTypeNaming::forProfile(const Profile &profile, std::string_view)
{
    std::vector<ProfileTypeId> out;
    for (const SampleType &t : profile.sampleTypes()) {
        if (t.type == "cpu" || t.type == "samples")
            out.push_back({"process_cpu", t.type, t.unit, "cpu", "nanoseconds"});
        else
            out.push_back({"memory", t.type, t.unit, "space", "bytes"});
    }
    return out;
}
