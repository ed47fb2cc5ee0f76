# Messages of src/portal/.
