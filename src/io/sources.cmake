# Files of src/io are listed here.
