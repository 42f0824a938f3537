/// Every message of the core is a `Phrase` in a `Language`; whoever uses the core speaks them too.
@_exported import ZelfscanText
