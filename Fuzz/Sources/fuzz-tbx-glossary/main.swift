import FuzzSupport

runFuzzer(fuzzTBXGlossary)
