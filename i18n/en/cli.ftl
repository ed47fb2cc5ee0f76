# Messages of src/cli/.
