# Messages of src/platform/.
