# Files of src/pipeline are listed here.
