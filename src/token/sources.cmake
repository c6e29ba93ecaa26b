# Files of src/token are listed here.
