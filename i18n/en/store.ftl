# Messages of src/store/.
