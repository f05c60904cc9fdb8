#include "facematcher.h"

#include "descriptorfacematcher.h"

namespace ssc::face {

std::unique_ptr<FaceMatcher> makeFaceMatcher()
{
    return std::make_unique<DescriptorFaceMatcher>();
}

} // namespace ssc::face
