# Files of src/text are listed here.
