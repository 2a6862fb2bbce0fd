import FuzzSupport

runFuzzer(fuzzTSVGlossary)
