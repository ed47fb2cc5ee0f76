# Messages of src/tray/.
