import FuzzDriver

runLibFuzzer(fuzzQuestionnaire)
