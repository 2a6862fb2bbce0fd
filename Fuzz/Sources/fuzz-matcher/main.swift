import FuzzSupport

runFuzzer(fuzzMatcher)
