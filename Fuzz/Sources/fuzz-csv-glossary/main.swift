import FuzzSupport

runFuzzer(fuzzCSVGlossary)
