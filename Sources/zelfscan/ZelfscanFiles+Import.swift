/// The commands and the export writers all read and write through the file layer.
@_exported import ZelfscanFiles
